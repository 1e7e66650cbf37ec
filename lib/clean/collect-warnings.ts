// Warnings finish the sentence "source sN ...", so the comparison can say what it could not do
// well for that source: a story in another language (the aligner compares English words), an
// article cut off mid-sentence (a paywall or a broken scrape), or nothing left to compare.

import { detectLanguage } from "./detect-language";
import { endsSentence } from "./text-shape";

export const NO_STORY_TEXT = "has no story text after cleaning";
export const LOOKS_TRUNCATED = "looks truncated (its last paragraph ends mid-sentence)";

/** "is not English (looks like German); cross-language alignment is not supported". */
export function describeForeignLanguage(language: string): string {
  return `is not English (looks like ${language}); cross-language alignment is not supported`;
}

/** True when a paragraph stops mid-sentence, or ends in the ellipsis of a cut-off teaser. */
export function isCutOff(paragraph: string): boolean {
  const text = paragraph.trimEnd();
  return !endsSentence(text) || text.endsWith("...") || text.endsWith("…");
}

/** The warnings for one cleaned source, worded to follow "source sN ". */
export function collectWarnings(paragraphs: readonly string[]): string[] {
  const last = paragraphs[paragraphs.length - 1];
  if (last === undefined) return [NO_STORY_TEXT];
  const warnings: string[] = [];
  const language = detectLanguage(paragraphs.join("\n"));
  if (language !== null && language !== "English") warnings.push(describeForeignLanguage(language));
  if (isCutOff(last)) warnings.push(LOOKS_TRUNCATED);
  return warnings;
}
