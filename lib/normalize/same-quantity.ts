import type { NumberMention } from "../types";

// "Do these two figures measure one quantity?" — the one rule both the classifier (is this a
// number conflict?) and the link model (do the two sentences fill the same slot?) ask. Two
// outlets' figures for one quantity differ within a small factor (27 vs 31 dead, $1.1bn vs
// $1.4bn); a magnitude 6.3 and a toll of 31, or 600 million invested and 150 million saved, are
// two quantities. Two different units are always two quantities.
//
// The two callers weigh the evidence differently, on purpose (decision 0096):
// - "rival-values" (conflict rules): the figures already sit in two aligned statements, so any
//   size-alike pair is suspect. One shared unit is enough ("9%" vs "8 per cent" is a conflict
//   whatever the size), and a figure with a unit against one without still counts if close.
// - "same-slot" (link features): the figures are evidence that two unrelated sentences belong
//   together, so the kind must be named on both sides — one unit, or for bare counts one counted
//   noun ("2,300 jobs" / "1,900 jobs", not "1,900 cars") — and the sizes must be close.

export type QuantityQuestion = "rival-values" | "same-slot";

const SAME_QUANTITY_FACTOR = 3;

/** True when two values are close enough in size to be two reports of one quantity. */
export function closeInSize(x: number, y: number): boolean {
  const [lo, hi] = [Math.min(Math.abs(x), Math.abs(y)), Math.max(Math.abs(x), Math.abs(y))];
  return lo > 0 && hi / lo <= SAME_QUANTITY_FACTOR;
}

export function sameQuantity(x: NumberMention, y: NumberMention, question: QuantityQuestion): boolean {
  const bothUnits = x.unit !== null && y.unit !== null;
  if (bothUnits && x.unit !== y.unit) return false;
  if (question === "rival-values") return bothUnits || closeInSize(x.value, y.value);
  const sameCountedNoun = x.unit === null && y.unit === null && x.counted !== null && x.counted === y.counted;
  return (bothUnits || sameCountedNoun) && closeInSize(x.value, y.value);
}
