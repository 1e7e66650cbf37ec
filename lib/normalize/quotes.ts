// Direct quotations in a sentence, as written. Quote wording is one of the conflicts we report
// ("quiet, calm negotiations" vs "quiet talks"), so a quote must be what the speaker said and
// not a scare-quoted word: we keep quotations of two words or more. Single quotes share their
// character with the apostrophe (don’t, Belarus’s, players’), so a closing single quote must
// not be followed by a letter. One quoted word counts when a verb that frames a quotation stands
// just before it: "described the action as “reckless”" is the minister's word, not a scare quote.

import { FRAMING_VERBS } from "./framing-verbs";
import { findSingleQuotes, SINGLE_QUOTE_KINDS } from "./single-quotes";

interface QuoteSpan {
  start: number;
  end: number;
  inner: string;
}

type QuotePattern = [name: string, pattern: RegExp];

// Each pattern's group 1 is the quoted text. Openers other than curly ones must follow a
// space, a bracket or a dash, so a mid-word mark is never taken for one. Single quotes are
// found by a linear scan instead of a regex (single-quotes.ts).
const QUOTE_PATTERNS: readonly QuotePattern[] = [
  ["curly double", /“([^“”]+)”/g],
  ["low-high double („…“)", /„([^„“”]+)[“”]/g],
  ["guillemets", /«([^«»]+)»/g],
  ["straight double", /(?<=^|[\s([{—–-])"([^"]+)"(?=$|[\s.,;:!?)\]}—–-])/g],
];

const MIN_WORDS = 2;
const FRAMED_WORD = new RegExp(`(?<!-)\\b(?:${FRAMING_VERBS})\\b[^"“”«»]{0,50}$`, "i");

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

// A quotation that runs on past the sentence ("“We will win. We must.”" split in two) leaves
// an opener with no closer, or a closer with no opener; each half still quotes someone.
function findOpenEnded(text: string): QuoteSpan[] {
  const open = text.lastIndexOf("“");
  if (open >= 0 && !text.includes("”", open)) return [{ start: open, end: text.length, inner: text.slice(open + 1) }];
  const close = text.indexOf("”");
  if (close > 0 && !text.slice(0, close).includes("“")) return [{ start: 0, end: close + 1, inner: text.slice(0, close) }];
  return [];
}

function findSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  for (const [, pattern] of QUOTE_PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index ?? 0;
      spans.push({ start, end: start + match[0].length, inner: match[1] ?? "" });
    }
  }
  for (const kind of SINGLE_QUOTE_KINDS) spans.push(...findSingleQuotes(text, kind));
  return spans.length > 0 ? spans : findOpenEnded(text);
}

/** Each quotation with where its words stand in the text, outermost quotations only, in order. */
export function findQuotations(text: string): { text: string; start: number; end: number }[] {
  const spans = findSpans(text).sort((a, b) => a.start - b.start || b.end - a.end);
  const quotes: { text: string; start: number; end: number }[] = [];
  let coveredUntil = -1;
  for (const span of spans) {
    if (span.start < coveredUntil) continue; // nested: 'no deal' inside a “...” quotation
    coveredUntil = span.end;
    // "…the region,” he said": the comma belongs to the sentence, not to the speaker.
    const inner = span.inner.trim().replace(/[,;:]+$/, "");
    const words = countWords(inner);
    if (words >= MIN_WORDS || (words === 1 && FRAMED_WORD.test(text.slice(Math.max(0, span.start - 60), span.start)))) {
      const start = text.indexOf(inner, span.start);
      quotes.push({ text: inner, start, end: start + inner.length });
    }
  }
  return quotes;
}

/** Text inside quotation marks, outermost quotations only, in order of appearance. */
export function extractQuotes(text: string): string[] {
  return findQuotations(text).map((q) => q.text);
}
