// The shape of a cleaning rule. Rules are small, named and ordered (see clean-rules.ts) so each
// kind of page debris can be added, tested and switched off on its own; the first rule that
// claims a paragraph removes it and names the reason recorded in `removed`.

import type { RemovedReason } from "../../types";
import { countWords, endsSentence, isHeadlineLike } from "../text-shape";
import { joinVerbs, REPORTING_VERBS } from "../../normalize/reporting-verbs";

/** What a rule may know about one paragraph without measuring it again. */
export interface ParagraphFacts {
  words: number;
  endsSentence: boolean;
  headlineLike: boolean;
}

export interface RuleContext {
  index: number;
  paragraphs: readonly string[];
  facts: readonly ParagraphFacts[];
  /** Name of the rule that removed each earlier paragraph, or null when it was kept. */
  matched: readonly (string | null)[];
  /** Stems of the content words of the story's body-like paragraphs. */
  storyTerms: ReadonlySet<string>;
  /** Indices of paragraphs inside runs of headlines unrelated to the story (see headline-list). */
  navigationRuns: ReadonlySet<number>;
}

export interface CleanRule {
  name: string;
  reason: RemovedReason;
  test(paragraph: string, context: RuleContext): boolean;
}

/** Longest paragraph the short-line rules look at; also bounds every regex they run. */
export const SHORT_LINE_CHARS = 400;

export function measureParagraph(text: string): ParagraphFacts {
  return { words: countWords(text), endsSentence: endsSentence(text), headlineLike: isHeadlineLike(text) };
}

/** The facts of the paragraph a rule is testing. */
export function factsOf(context: RuleContext): ParagraphFacts {
  const facts = context.facts[context.index];
  if (!facts) throw new Error(`no facts for paragraph ${context.index}`);
  return facts;
}

/** True when the paragraph is short enough for a short-line rule, at most `maxWords` words. */
export function isShortLine(paragraph: string, context: RuleContext, maxWords: number): boolean {
  return paragraph.length <= SHORT_LINE_CHARS && factsOf(context).words <= maxWords;
}

/** Strips trailing punctuation so "Comments:" and "No comments." test like their bare words. */
export function stripTrailingMarks(text: string): string {
  let end = text.length;
  while (end > 0 && ".:!?…»>-–—|".includes(text.charAt(end - 1))) end--;
  return text.slice(0, end).trim();
}

/** "(?:a|b|c)" from regex fragments, so long phrase lists can be written one phrase at a time. */
export function anyOf(fragments: readonly string[]): string {
  return `(?:${fragments.join("|")})`;
}

/** True when a paragraph quotes someone; real reporting quotes, page furniture does not. */
export function hasQuotation(text: string): boolean {
  return /[“”„«»]|"[^"]{3,}"/u.test(text);
}

/**
 * A regex for `phrase` opening a clause: at the start, or after sentence or clause punctuation.
 * Reader prompts are imperatives ("If you enjoyed this, subscribe ..."); a story's "residents can
 * subscribe" or "police followed" does not put the verb there.
 */
export function clauseStart(phrase: string, flags = "i"): RegExp {
  return new RegExp(`(?:^|[.!?:;,—–|]\\s*|\\s-\\s)(?:please\\s+)?${phrase}`, flags);
}

/**
 * Reported speech: a story line says who said it, a prompt to the reader never does. "We have
 * reported on ..." is an outlet promoting itself, so "report" is left out of the one list here.
 */
const ATTRIBUTION = new RegExp(`\\b(?:${joinVerbs(REPORTING_VERBS.filter((verb) => !verb.startsWith("report")))}|according to|asked)\\b`, "i");

/** True when a paragraph attributes what it says, so it is reporting, not page furniture. */
export function hasAttribution(text: string): boolean {
  return ATTRIBUTION.test(text);
}
