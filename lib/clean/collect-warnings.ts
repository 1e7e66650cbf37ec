// Warnings finish the sentence "source sN ...", so the comparison can say what it could not do
// well for that source: a story in another language (the aligner compares English words), an
// article cut off mid-sentence (a paywall or a broken scrape), or nothing left to compare.
// Each is a small named check in an ordered list, like the cleaning rules.

import { detectLanguage } from "./detect-language";
import { endsSentence } from "./text-shape";

export const NO_STORY_TEXT = "has no story text after cleaning";
export const LOOKS_TRUNCATED = "looks truncated (its last paragraph ends mid-sentence)";
export const TRUNCATED_END_REMOVED = "looks truncated (its cut-off last sentence was removed)";
/** The language check reads this much; a language shows in its first pages. */
const LANGUAGE_SAMPLE_CHARS = 20_000;

/** What the clean step already did that a warning should report. */
export interface CleanFacts {
  /** A cut-off last sentence was removed with the reason "truncated". */
  truncated: boolean;
}

interface WarningCheck {
  name: string;
  /** The warning for these (non-empty) paragraphs, or null. */
  check(paragraphs: readonly string[], facts: CleanFacts): string | null;
}

/** "is not English (looks like German); cross-language alignment is not supported". */
export function describeForeignLanguage(language: string): string {
  return `is not English (looks like ${language}); cross-language alignment is not supported`;
}

/** True when a paragraph stops mid-sentence, or ends in the ellipsis of a cut-off teaser. */
export function isCutOff(paragraph: string): boolean {
  const text = paragraph.trimEnd();
  return !endsSentence(text) || text.endsWith("...") || text.endsWith("…");
}

function sampleText(paragraphs: readonly string[]): string {
  let sample = "";
  for (const paragraph of paragraphs) {
    if (sample.length >= LANGUAGE_SAMPLE_CHARS) break;
    sample += `${paragraph}\n`;
  }
  return sample;
}

export const WARNING_CHECKS: readonly WarningCheck[] = [
  {
    name: "not-english",
    check(paragraphs) {
      const language = detectLanguage(sampleText(paragraphs));
      return language !== null && language !== "English" ? describeForeignLanguage(language) : null;
    },
  },
  {
    name: "truncated",
    check(paragraphs, facts) {
      if (facts.truncated) return TRUNCATED_END_REMOVED;
      return isCutOff(paragraphs[paragraphs.length - 1] ?? "") ? LOOKS_TRUNCATED : null;
    },
  },
];

/** The warnings for one cleaned source, worded to follow "source sN ". */
export function collectWarnings(paragraphs: readonly string[], facts: CleanFacts = { truncated: false }): string[] {
  if (paragraphs.length === 0) return [NO_STORY_TEXT];
  return WARNING_CHECKS.map((warning) => warning.check(paragraphs, facts)).filter((text): text is string => text !== null);
}
