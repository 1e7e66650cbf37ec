// Pasted articles usually start with their headline on a line of its own: short, with no
// sentence punctuation, above the first body paragraph (maybe next to a section label like
// "World"). It becomes the source's title rather than a sentence to align.

import { countWords, endsSentence, isTitleCase } from "./text-shape";

const MAX_LEAD = 4;
const MAX_HEADLINE_WORDS = 25;
/** Leading lines this short, beside a real headline, are section labels ("World", "Live"). */
const MAX_LABEL_WORDS = 3;

export interface FoundHeadline {
  /** Index of the headline paragraph, or null when none was found. */
  index: number | null;
  /** Indices of section labels beside the headline. */
  labels: number[];
}

function isBodyParagraph(text: string): boolean {
  if (text.length > 400) return true;
  const words = countWords(text);
  if (words > MAX_HEADLINE_WORDS) return true;
  // "Will the Bridge Be Built?" is a headline, not the first sentence of the story.
  const titleQuestion = text.trimEnd().endsWith("?") && isTitleCase(text);
  return endsSentence(text) && words >= 4 && !titleQuestion;
}

function isHeadlineCandidate(text: string): boolean {
  if (text.length > 300) return false;
  const words = countWords(text);
  const last = text.trimEnd().slice(-1);
  // "?" is allowed: "Will the Bridge Reopen?" is a headline; "." "!" ":" end other things.
  return words >= 2 && words <= MAX_HEADLINE_WORDS && !".!:;,".includes(last) && !text.endsWith("…");
}

/** Finds the headline among the paragraphs that precede the story body. */
export function findHeadline(paragraphs: readonly string[]): FoundHeadline {
  const firstBody = paragraphs.slice(0, MAX_LEAD + 1).findIndex(isBodyParagraph);
  if (firstBody <= 0) return { index: null, labels: [] };
  const lead = paragraphs.slice(0, firstBody);
  let best: number | null = null;
  lead.forEach((text, i) => {
    if (!isHeadlineCandidate(text)) return;
    if (best === null || countWords(text) > countWords(lead[best] ?? "")) best = i;
  });
  if (best === null) return { index: null, labels: [] };
  const headline = best;
  const labels = lead
    .map((text, i) => (i !== headline && countWords(text) <= MAX_LABEL_WORDS && !endsSentence(text) ? i : -1))
    .filter((i) => i >= 0);
  return { index: headline, labels };
}
