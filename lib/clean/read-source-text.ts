// The format-specific front of the clean step: whatever the source is (HTML page, Markdown,
// plain text) it comes out as tidied plain text with blank lines between blocks, plus the
// metadata the format carried and anything dropped on the way (images, page chrome).

import type { InputFormat, Removed } from "../types";
import { extractHtml } from "./extract-html";
import { applyRules } from "./rules/clean-rules";
import { stripMarkdown } from "./strip-markdown";
import { tidyText } from "./split-paragraphs";

export interface SourceText {
  text: string;
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  siteName: string | null;
  url: string | null;
  /** Set when the format itself marks the headline (an HTML title, a Markdown heading). */
  titleFromMarkup: boolean;
  /** The headline when it was a line of the text (a Markdown heading), so it is not lost. */
  titleLine: string | null;
  removed: Removed[];
}

const NO_META = { title: null, byline: null, publishedAt: null, siteName: null, url: null };

/** Reads a raw source of a known format into tidied plain text and metadata. */
export function readSourceText(raw: string, format: InputFormat): SourceText {
  if (format === "html") return readHtml(raw);
  if (format === "markdown") {
    const markdown = stripMarkdown(tidyText(raw));
    const title = markdown.title;
    const removed = markdown.removed;
    return { ...NO_META, text: markdown.text, title, titleFromMarkup: title !== null, titleLine: title, removed };
  }
  return { ...NO_META, text: tidyText(raw), titleFromMarkup: false, titleLine: null, removed: [] };
}

function readHtml(raw: string): SourceText {
  const page = extractHtml(raw);
  return {
    text: tidyText(page.text),
    title: page.title,
    byline: page.byline,
    publishedAt: page.publishedAt,
    siteName: page.siteName,
    url: page.url,
    titleFromMarkup: page.title !== null,
    titleLine: null,
    removed: classifyLeftOut(page.leftOut),
  };
}

/**
 * What Readability left out of the article is recorded too, so nothing is dropped silently. The
 * rules name the reason where they can (a menu is "navigation"); the rest is "boilerplate".
 */
function classifyLeftOut(blocks: string[]): Removed[] {
  const texts = blocks.map(tidyText);
  const reasons = new Map(applyRules(texts).map((hit) => [hit.index, hit.rule.reason] as const));
  return texts.map((text, i) => ({ text, reason: reasons.get(i) ?? "boilerplate" }));
}
