// Scraped and archived pages are often cut at a fixed length, mid-sentence or mid-word ("... the
// committee said it would rev"). That last fragment is not a statement the source makes: shown
// as a sentence it would be aligned, counted as unique, or read as a conflict. So it is taken
// out of the story and recorded with the reason "truncated" (and the source gets a warning).
//
// The fragment is the trailing sentence of the last paragraph when it lacks end punctuation.
// It follows a finished sentence in its paragraph, or it stands alone; a line standing alone is
// kept when it reads as a complete headline or update title: one that ends on a reporting
// clause ("..., officials say") or a Title Case line whose last word is whole.

import { splitSentences } from "../segment/split-sentences";
import { endsSentence, isHeadlineLike, listWords } from "./text-shape";
import { joinVerbs, REPORTING_VERBS } from "../normalize/reporting-verbs";

/** ", the ministry says": the ending of a headline that attributes it, a finished clause. */
const REPORTING_END = new RegExp(`,\\s*(?:[\\p{L}\\p{N}'’.&-]+\\s+){0,5}(?:${joinVerbs(REPORTING_VERBS)})$`, "iu");
/** A last word this short and not an acronym ("Fl", "t") is a word cut in two. */
const MIN_WHOLE_WORD = 3;

export interface CutEnd {
  /** The last paragraph without its fragment, or null when the whole paragraph was the fragment. */
  rest: string | null;
  fragment: string;
}

function looksLikeWholeLine(text: string): boolean {
  if (REPORTING_END.test(text)) return true;
  if (!isHeadlineLike(text)) return false;
  const last = listWords(text).at(-1) ?? "";
  return last.length >= MIN_WHOLE_WORD || /^[\p{Lu}\p{N}]+$/u.test(last);
}

/** Splits the cut-off tail off a source's last paragraph; null when the paragraph ends whole. */
export function findTruncatedEnd(paragraph: string): CutEnd | null {
  const text = paragraph.trimEnd();
  // A trailing ellipsis is a teaser or a trailing-off quote: the writer ended there.
  if (text.length === 0 || endsSentence(text)) return null;
  const spans = splitSentences(text);
  const last = spans.at(-1);
  if (!last) return null;
  if (spans.length === 1) return looksLikeWholeLine(last.text) ? null : { rest: null, fragment: last.text };
  return { rest: text.slice(0, last.start).trimEnd(), fragment: last.text };
}
