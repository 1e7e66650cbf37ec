// Continuations: marks after which the same sentence goes on.
// - A mark followed by a lowercase word does not end a sentence: "U.S. officials", "etc. and",
//   `“Stop!” he said`, "the plan … failed". News sentences practically never start in
//   lowercase, so this one rule covers most abbreviations before any list is consulted. Brand
//   names like "iPhone" at a sentence start are the accepted cost.
// - Ellipses. "…" or "..." followed by a capital usually ends a trailing-off sentence and is a
//   break; followed by lowercase it marks an omission (the lowercase rule joins those), and
//   before a figure it continues the sentence. A spaced ellipsis ". . ." is found one dot at a
//   time: every dot but the last is joined, so the group behaves like a single mark.
import { type Candidate, type SegmentRule, endsAtBreak, markOf, nextVisible, nextWord, startsLower } from "../candidate";

const DIGIT = /\d/;

export const joinBeforeLowercase: SegmentRule = {
  name: "lowercase-continuation",
  apply(c: Candidate) {
    if (c.kind !== "mark" || !endsAtBreak(c)) return undefined;
    return startsLower(nextWord(c)) ? "join" : undefined;
  },
};

// Sticky at the character after a dot: " ." means another dot of the same ellipsis follows.
const MORE_DOTS = / ?\./y;

export const joinSpacedEllipsis: SegmentRule = {
  name: "spaced-ellipsis",
  apply(c: Candidate) {
    if (c.kind !== "mark" || markOf(c) !== ".") return undefined;
    MORE_DOTS.lastIndex = c.markEnd;
    return MORE_DOTS.test(c.text) ? "join" : undefined;
  },
};

export function isEllipsis(mark: string): boolean {
  return mark.includes("…") || mark.includes("..");
}

export const joinEllipsisBeforeDigits: SegmentRule = {
  name: "ellipsis-before-number",
  apply(c: Candidate) {
    if (c.kind !== "mark" || !isEllipsis(markOf(c))) return undefined;
    return DIGIT.test(c.text[nextVisible(c)] ?? "") ? "join" : undefined;
  },
};
