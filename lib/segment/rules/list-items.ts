// Lists. A paragraph of "- item" or "1. item" lines is one sentence per line, even when the
// items carry no final punctuation; any other line break is hard wrapping and joins. The
// number of a numbered item ("1.") is a marker, never the end of a sentence. Semicolon lists
// need no rule: ";" is never a candidate, so "a; b; c" stays one sentence.
import { type Candidate, type SegmentRule, markOf, wordBefore } from "../candidate";

const ITEM_NUMBER = /^\d{1,3}$/;

// Sticky: tested at the start of a line only, so it cannot scan the whole paragraph.
const LIST_MARKER = /[ \t]*(?:[-*•–—]|\d{1,3}[.)])[ \t]+\S/y;

function startsWithMarker(text: string, lineStart: number): boolean {
  LIST_MARKER.lastIndex = lineStart;
  return LIST_MARKER.test(text);
}

function lineStartBefore(text: string, index: number): number {
  const nl = text.lastIndexOf("\n", index - 1);
  return nl + 1;
}

export const splitListLines: SegmentRule = {
  name: "list-lines",
  apply(c: Candidate) {
    if (c.kind !== "line") return undefined;
    const here = startsWithMarker(c.text, lineStartBefore(c.text, c.at));
    const next = startsWithMarker(c.text, c.at + 1);
    return here || next ? "split" : "join";
  },
};

export const joinListNumbers: SegmentRule = {
  name: "list-numbers",
  apply(c: Candidate) {
    if (c.kind !== "mark" || markOf(c) !== ".") return undefined;
    const word = wordBefore(c);
    if (!ITEM_NUMBER.test(word)) return undefined;
    // Only a number that opens its line is an item marker; "in 2020. Then" must still split.
    let i = c.at - word.length;
    while (i > 0 && (c.text[i - 1] === " " || c.text[i - 1] === "\t")) i--;
    return i === 0 || c.text[i - 1] === "\n" ? "join" : undefined;
  },
};
