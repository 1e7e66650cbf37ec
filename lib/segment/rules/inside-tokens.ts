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

// Addresses longer than this are not worth the scan (glued junk could make it quadratic).
const MAX_ADDRESS = 256;
const OPENERS = "\"'“‘«([{";

// Domain-shaped: labels joined by dots ending in a lowercase top-level domain, then a path or
// nothing. Anchored, with disjoint character classes, so it runs in linear time.
const DOMAIN = /^(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}(?:[/:?#][^\s]*)?$/;

function looksLikeAddress(token: string): boolean {
  const bare = token.replace(TRAILING_PUNCTUATION, "");
  return bare.includes("://") || bare.includes("@") || bare.startsWith("www.") || DOMAIN.test(bare);
}

// Candidates arrive in order and a token holds many of them ("a.b.c.d"): remember the last
// token's answer so each token is scanned once. The answer depends only on the text, so the
// rule stays a pure function of its input.
let lastToken = { text: "", start: 0, end: 0, address: false };

function isInsideAddress(c: Candidate): boolean {
  if (lastToken.text === c.text && c.at > lastToken.start && c.at < lastToken.end) return lastToken.address;
  let start = c.at;
  const back = Math.max(0, c.at - MAX_ADDRESS);
  while (start > back && !isSpace(c.text[start - 1])) start--;
  let end = c.markEnd;
  const ahead = Math.min(c.text.length, c.markEnd + MAX_ADDRESS);
  while (end < ahead && !isSpace(c.text[end])) end++;
  let from = start;
  while (from < c.at && OPENERS.includes(c.text[from] ?? "")) from++;
  lastToken = { text: c.text, start, end, address: looksLikeAddress(c.text.slice(from, end)) };
  return lastToken.address;
}

export const joinAddresses: SegmentRule = {
  name: "urls-and-emails",
  apply(c: Candidate) {
    if (c.kind !== "mark" || isSpace(c.text[c.markEnd]) || c.markEnd >= c.text.length) return undefined;
    return isInsideAddress(c) ? "join" : undefined;
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
