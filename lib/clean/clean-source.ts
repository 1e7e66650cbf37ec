// The clean step: one raw source in, story paragraphs and metadata out, with every dropped piece
// recorded in `removed` and its reason. Stages run in a fixed order, each in its own module:
// check input → read format → split paragraphs → leading markers → boilerplate rules → headline → dateline →
// duplicates → truncated end → warnings. Rules run before the headline search so error-page debris above the
// headline cannot hide it; duplicates run last so a repeated boilerplate line keeps its reason.

import { InputError } from "../errors";
import type { CleanedSource, Removed, SourceInput } from "../types";
import { checkRawInput } from "./check-input";
import { collectWarnings } from "./collect-warnings";
import { findTruncatedEnd } from "./cut-truncated-end";
import { findDuplicates } from "./find-duplicates";
import { findHeadline } from "./find-headline";
import { readDateline } from "./read-dateline";
import { readSourceText, type SourceText } from "./read-source-text";
import { applyRules } from "./rules/clean-rules";
import { bylineLine } from "./rules/credits";
import { pickRawSource } from "./sniff-format";
import { splitParagraphs } from "./split-paragraphs";
import { stripLeadingMarkers } from "./strip-leading-markers";
import { foldText } from "./text-shape";
import { splitTitleSite } from "./trim-title-site";

interface Draft {
  paragraphs: string[];
  removed: Removed[];
  title: string | null;
  byline: string | null;
  outlet: string | null;
  /** The headline as a line of the text, when one was taken out of the paragraphs. */
  titleLine: string | null;
}

/** Cleans one source: extracts the story text and metadata and records everything removed. */
export function cleanSource(input: SourceInput): CleanedSource {
  const { raw, format } = pickRawSource(input);
  checkRawInput(raw);
  const source = readSourceText(raw, format);
  const marked = stripMarkers(source.text);
  const paragraphs = splitParagraphs(marked.text);
  if (paragraphs.length === 0 && source.removed.length === 0 && source.title === null) {
    throw new InputError("empty", "The source has no readable text: only markup, scripts or whitespace.");
  }
  const draft: Draft = {
    paragraphs,
    removed: [...source.removed, ...marked.removed],
    title: source.title,
    byline: source.byline,
    outlet: null,
    titleLine: source.titleLine,
  };
  removeBoilerplate(draft);
  takeHeadline(draft, source);
  keepReplacedHeadline(draft, given(input.title));
  takeDateline(draft);
  removeDuplicates(draft);
  const truncated = cutTruncatedEnd(draft);
  const url = given(input.url) ?? source.url;
  const split = draft.title === null ? null : splitTitleSite(draft.title, { names: [given(input.outlet), source.siteName], url });
  return {
    title: given(input.title) ?? split?.title ?? draft.title,
    outlet: given(input.outlet) ?? source.siteName ?? split?.site ?? draft.outlet ?? readHost(url),
    byline: draft.byline === null ? null : readBylineNames(draft.byline),
    publishedAt: given(input.publishedAt) ?? source.publishedAt,
    url,
    paragraphs: draft.paragraphs,
    removed: draft.removed,
    warnings: collectWarnings(draft.paragraphs, { truncated }),
  };
}

function given(value: string | null | undefined): string | null {
  return value?.trim() ? value.trim() : null;
}

/**
 * Cuts glued markers line by line, before lines are joined into paragraphs: a marker in lower
 * case ("text_fieldsThe ...") would otherwise make its line look like the previous one's tail.
 */
function stripMarkers(text: string): { text: string; removed: Removed[] } {
  const removed: Removed[] = [];
  const lines = text.split("\n").map((line) => {
    const stripped = stripLeadingMarkers(line);
    removed.push(...stripped.removed);
    return stripped.text;
  });
  return { text: lines.join("\n"), removed };
}

function removeBoilerplate(draft: Draft): void {
  const hits = applyRules(draft.paragraphs);
  const gone = new Set(hits.map((hit) => hit.index));
  for (const hit of hits) {
    const text = draft.paragraphs[hit.index] ?? "";
    draft.removed.push({ text, reason: hit.rule.reason });
    if (hit.rule.name === bylineLine.name && draft.byline === null) draft.byline = text;
  }
  draft.paragraphs = draft.paragraphs.filter((_, i) => !gone.has(i));
}

/**
 * "By Jane Doe and John Roe" → "Jane Doe and John Roe"; a byline sharing its line with a date
 * or a photo credit ("By Jane Doe · 9 May 2031") keeps only its first part.
 */
function readBylineNames(line: string): string {
  const first = line.split(/\s+[|·•]\s+/)[0] ?? line;
  return first.replace(/^(?:by:?|written by|reported by|authors?:|reporter:)\s*/i, "").trim() || line.trim();
}

/**
 * The leading headline line becomes the title. When the markup already named a title (HTML, a
 * Markdown heading), a line repeating it goes silently and a different headline line (an <h1>
 * worded unlike og:title) is recorded as removed: it is a headline, not story text.
 */
function takeHeadline(draft: Draft, source: SourceText): void {
  const first = draft.paragraphs[0];
  if (source.titleFromMarkup && first !== undefined && draft.title !== null && foldText(first) === foldText(draft.title)) {
    draft.paragraphs.shift();
    return;
  }
  const found = findHeadline(draft.paragraphs);
  if (found.index === null) return;
  const headline = draft.paragraphs[found.index] ?? "";
  if (draft.title === null) {
    draft.title = headline;
    draft.titleLine = headline;
  } else draft.removed.push({ text: headline, reason: "other" });
  for (const label of found.labels) draft.removed.push({ text: draft.paragraphs[label] ?? "", reason: "navigation" });
  const gone = new Set([found.index, ...found.labels]);
  draft.paragraphs = draft.paragraphs.filter((_, i) => !gone.has(i));
}

/** A headline line the caller's own title replaces is recorded, not dropped silently. */
function keepReplacedHeadline(draft: Draft, givenTitle: string | null): void {
  if (givenTitle === null || draft.titleLine === null) return;
  if (foldText(givenTitle) !== foldText(draft.titleLine)) draft.removed.push({ text: draft.titleLine, reason: "other" });
}

/** Paragraphs searched for a dateline: a standfirst may sit above the first body paragraph. */
const DATELINE_SEARCH = 3;

/** A wire dateline at the start of the story names the outlet; the marker itself is removed. */
function takeDateline(draft: Draft): void {
  for (let index = 0; index < Math.min(DATELINE_SEARCH, draft.paragraphs.length); index++) {
    const dateline = readDateline(draft.paragraphs[index] ?? "");
    if (dateline === null) continue;
    draft.removed.push({ text: dateline.marker, reason: "other" });
    draft.outlet = dateline.outlet;
    if (dateline.rest) draft.paragraphs[index] = dateline.rest;
    else draft.paragraphs.splice(index, 1);
    return;
  }
}

function removeDuplicates(draft: Draft): void {
  const duplicates = new Set(findDuplicates(draft.paragraphs));
  for (const index of duplicates) draft.removed.push({ text: draft.paragraphs[index] ?? "", reason: "duplicate" });
  draft.paragraphs = draft.paragraphs.filter((_, i) => !duplicates.has(i));
}

/** Removes the cut-off end of a truncated page; true when there was one. */
function cutTruncatedEnd(draft: Draft): boolean {
  const lastIndex = draft.paragraphs.length - 1;
  const cut = findTruncatedEnd(draft.paragraphs[lastIndex] ?? "");
  // A source that is nothing but the fragment keeps it: its warning says what is wrong.
  if (cut === null || (cut.rest === null && lastIndex === 0)) return false;
  draft.removed.push({ text: cut.fragment, reason: "truncated" });
  if (cut.rest === null) draft.paragraphs.pop();
  else draft.paragraphs[lastIndex] = cut.rest;
  return true;
}

/** The outlet of last resort: "www.example.com" → "example.com". */
function readHost(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}
