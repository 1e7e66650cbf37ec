// Lists of other stories' headlines ("More news", sidebars, footers) read like a run of short
// Title Case lines without sentence punctuation. A story's own text almost never does that three
// times in a row, and when it does (a list of names, a table of results) the lines are either
// introduced by a colon or talk about the story. So a run counts as navigation when it is long
// enough and most of its lines share little vocabulary with the story's body paragraphs, or
// when a link-list label ("Related stories", "Most read") heads it, whatever its topic.
// Many sites set link texts in sentence case ("Floods displace thousands in the north"): under a
// label any short unpunctuated line is a link; without one, such lines only form a run outside
// the story (before its first body paragraph or after its last), and are judged by topic too.

import type { CleanRule, ParagraphFacts } from "./rule-types";
import { listContentTerms } from "../content-terms";
import { isLinkLabel, isLinkText } from "./related-links";
import { isLetterless } from "./page-labels";

const MIN_RUN = 3;
/**
 * Runs this long need more lines on topic to stay: a box of same-event headlines is mostly on
 * topic, a table of results or names entirely so.
 */
const LONG_RUN = 6;
const LONG_RUN_KEEP_SHARE = 0.8;
const RUN_KEEP_SHARE = 0.5;
/** How far up from a menu's end to look for the story's headline. */
const SPARE_LOOKBACK = 3;
/** A line is on topic when this share of its content words occurs in the story body. */
const ON_TOPIC_SHARE = 0.5;

/** Share of a line's content words that the story body also uses. */
export function measureStoryOverlap(line: string, storyTerms: ReadonlySet<string>): number {
  const terms = listContentTerms(line);
  if (terms.length === 0) return 0;
  return terms.filter((term) => storyTerms.has(term)).length / terms.length;
}

/**
 * A line that can sit in a headline run: a headline, or a short label such as "Most read" that
 * heads a list. Lines ending in a colon stay out, so "They were:" still introduces its list.
 */
function isRunMember(text: string, fact: ParagraphFacts | undefined): boolean {
  if (!fact) return false;
  if (fact.headlineLike) return true;
  return fact.words >= 1 && fact.words <= 3 && !fact.endsSentence && !/[:;,]$/.test(text.trimEnd());
}

/**
 * A line of a link list in any case: a run member or a sentence-case link text. A label is
 * not a link: "More on this story" heads the run and is recorded by its own rule.
 */
function isListedLink(text: string, fact: ParagraphFacts | undefined): boolean {
  return isRunMember(text, fact) || (isLinkText(text) && !isLinkLabel(text));
}

/** Indices of paragraphs that sit in runs of headline-like lines unrelated to the story. */
export function findNavigationRuns(
  paragraphs: readonly string[],
  facts: readonly ParagraphFacts[],
  storyTerms: ReadonlySet<string>,
): Set<number> {
  const found = new Set<number>();
  const isBody = (fact: ParagraphFacts) => fact.endsSentence && fact.words >= 8;
  const firstBody = facts.findIndex(isBody);
  const lastBody = facts.findLastIndex(isBody);
  let start = 0;
  while (start < paragraphs.length) {
    const labelled = isLinkLabel(paragraphs[start - 1] ?? "") || isLinkLabel(paragraphs[start] ?? "");
    const outside = start < firstBody || start > lastBody;
    const member = labelled || outside ? isListedLink : isRunMember;
    let end = start;
    // Separator lines ("-", "* * *") between the links belong to the run without counting in it.
    while (end < paragraphs.length && (member(paragraphs[end] ?? "", facts[end]) || isLetterless(paragraphs[end] ?? ""))) end++;
    if (end === start || paragraphs.slice(start, end).every(isLetterless)) {
      start++;
      continue;
    }
    for (const index of judgeRun(paragraphs, start, end, storyTerms, firstBody)) found.add(index);
    start = end;
  }
  return found;
}

/** The indices of the run [start, end) to remove, or none. */
function judgeRun(
  paragraphs: readonly string[],
  start: number,
  end: number,
  storyTerms: ReadonlySet<string>,
  firstBody: number,
): number[] {
  const counted: number[] = [];
  for (let i = start; i < end; i++) if (!isLetterless(paragraphs[i] ?? "")) counted.push(i);
  const length = counted.length;
  const previous = start > 0 ? (paragraphs[start - 1] ?? "") : "";
  const labelled = isLinkLabel(previous) || isLinkLabel(paragraphs[start] ?? "");
  const isOnTopic = (i: number) => measureStoryOverlap(paragraphs[i] ?? "", storyTerms) >= ON_TOPIC_SHARE;
  if (!labelled) {
    if (length < MIN_RUN) return [];
    // "The victims were:" followed by names is part of the story.
    if (previous.trimEnd().endsWith(":")) return [];
    const onTopic = counted.filter(isOnTopic).length;
    if (onTopic / length >= (length >= LONG_RUN ? LONG_RUN_KEEP_SHARE : RUN_KEEP_SHARE)) return [];
  }
  // A menu above the story may end in the story's own headline: leave that for the title.
  let spared = -1;
  if (end <= firstBody) {
    for (let i = end - 1; i >= Math.max(start, end - SPARE_LOOKBACK) && spared < 0; i--) if (isOnTopic(i)) spared = i;
  }
  return counted.filter((i) => i !== spared);
}

/** A paragraph inside a run found by findNavigationRuns. */
export const headlineList: CleanRule = {
  name: "headline-list",
  reason: "navigation",
  test: (_paragraph, context) => context.navigationRuns.has(context.index),
};

export const HEADLINE_LIST_RULES: CleanRule[] = [headlineList];
