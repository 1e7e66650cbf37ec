// Marks inside a token are not sentence ends: decimals and thousands ("3.5", "1,200.50"),
// URLs and e-mail addresses ("www.example.org/a.html", "j.doe@mail.org"). A mark at the very
// end of such a token is ordinary punctuation ("Visit example.org. Then ...") and is left to
// the other rules. One exception is text that lost a space in cleaning ("rejected.The"),
// which is a real break.
import { type Candidate, type SegmentRule, isSpace, markOf, wordBefore } from "../candidate";

const TRAILING_PUNCTUATION = /[.,;:!?)"'”’]+$/;

const DIGIT = /\d/;

export const joinDecimals: SegmentRule = {
  name: "decimals",
  apply(c: Candidate) {
    if (c.kind !== "mark" || markOf(c) !== ".") return undefined;
    return DIGIT.test(c.text[c.at - 1] ?? "") && DIGIT.test(c.text[c.markEnd] ?? "") ? "join" : undefined;
  },
};

function tokenAround(c: Candidate): string {
  let end = c.markEnd;
  while (end < c.text.length && !isSpace(c.text[end])) end++;
  return wordBefore(c) + c.text.slice(c.at, end);
}

// Domain-shaped: labels joined by dots ending in a lowercase top-level domain, then a path or
// nothing. Anchored, with disjoint character classes, so it runs in linear time.
const DOMAIN = /^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:[/:?#][^\s]*)?$/;

function looksLikeAddress(token: string): boolean {
  const bare = token.replace(TRAILING_PUNCTUATION, "");
  return bare.includes("://") || bare.includes("@") || bare.startsWith("www.") || DOMAIN.test(bare);
}

export const joinAddresses: SegmentRule = {
  name: "urls-and-emails",
  apply(c: Candidate) {
    if (c.kind !== "mark" || isSpace(c.text[c.markEnd]) || c.markEnd >= c.text.length) return undefined;
    return looksLikeAddress(tokenAround(c)) ? "join" : undefined;
  },
};

const LOWER_WORD = /^\p{Ll}{3,}$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}+/u;

export const splitMissingSpace: SegmentRule = {
  name: "missing-space",
  apply(c: Candidate) {
    if (c.kind !== "mark" || c.end >= c.text.length || isSpace(c.text[c.end])) return undefined;
    const after = c.text.slice(c.end, c.end + 24);
    return LOWER_WORD.test(wordBefore(c)) && CAPITALISED.test(after) ? "split" : undefined;
  },
};
