// Quotations and brackets around a sentence end. The closing quote or parenthesis after the
// mark belongs to the sentence that ends (`He said "no."` keeps its `"`), so the boundary moves
// past them. A question or exclamation inside a quotation followed by its attribution
// (`“Why now?” Trump asked.`) is one sentence, though the attribution starts with a capital.
import { type Candidate, type SegmentRule, isSentenceStarter, markOf, nextVisible } from "../candidate";
import { joinVerbs, REPORTING_VERBS } from "../../normalize/reporting-verbs";

const QUESTION_OR_EXCLAMATION = /[?!]/;
const FIRST_WORD = /^\p{L}+/u;

const CLOSERS = "\"'”’»)]}";
const QUOTES = "\"'”’»";

export const absorbClosers: SegmentRule = {
  name: "closing-quotes-and-brackets",
  apply(c: Candidate) {
    if (c.kind !== "mark") return undefined;
    let end = c.end;
    while (end < c.text.length && CLOSERS.includes(c.text[end] ?? "")) end++;
    return end === c.end ? undefined : { end };
  },
};

// Up to three capitalised words (a name or a title and a name) and a speech verb.
const ATTRIBUTION =
  new RegExp(`(?:\\p{Lu}[\\p{L}'’.-]*\\s+){1,3}(?:${joinVerbs(REPORTING_VERBS)}|asked|asks|shouted|wondered)\\b`, "uy");

function closesQuote(c: Candidate): boolean {
  for (let i = c.markEnd; i < c.end; i++) if (QUOTES.includes(c.text[i] ?? "")) return true;
  return false;
}

export const joinQuoteAttribution: SegmentRule = {
  name: "quote-attribution",
  apply(c: Candidate) {
    if (c.kind !== "mark" || !closesQuote(c)) return undefined;
    // A quoted statement ending in "." normally ends the sentence (mid-sentence it takes a
    // comma), so only ? and ! are treated as possibly sentence-internal.
    if (!QUESTION_OR_EXCLAMATION.test(markOf(c))) return undefined;
    const start = nextVisible(c);
    const first = FIRST_WORD.exec(c.text.slice(start, start + 20))?.[0] ?? "";
    // "He said" after a quote starts a new sentence; a name before "said" is the attribution.
    if (isSentenceStarter(first)) return undefined;
    ATTRIBUTION.lastIndex = start;
    return ATTRIBUTION.test(c.text) ? "join" : undefined;
  },
};
