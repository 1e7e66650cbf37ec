// Whether two number mentions can state the same quantity. Tolerances, so that rounding and
// hedging are not reported as conflicts while different figures are:
// - units must be equal, or one of them unknown (null);
// - exact vs exact: equal after rounding the more precise one to the coarser one's last digit
//   ("2.5 billion" = "2,480,000,000", "4.4%" = "4.38%"), but never more than 5% apart, so
//   "4%" and "4.4%" or "2 million" and "2.4 million" differ;
// - "about" allows 10% either way: "about 50" agrees with 45..55;
// - a bound on a round figure against a figure: "more than 50" agrees with 50 and above ("50+"
//   is "50 or more", and outlets use "more than" and "at least" interchangeably), "fewer than
//   50" with 50 and below; a bound on a precise count ("at least 12 dead") agrees only with that
//   count (14 dead is another count); opposite bounds agree when they leave room;
// - the same bound twice must name the same threshold (within 10%): "more than 50" and
//   "more than 100" are different reports even though both could be true;
// - a mention that spans values ("in his late 30s": 36 to 39) agrees with what falls in them.
import type { NumberMention } from "../types";

const ABOUT = 0.1;
const ROUNDING_CAP = 0.05;
const SCALE_WORDS: Readonly<Record<string, number>> = { thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12 };
const FIGURE = /\d[\d,]*(?:\.(\d+))?/;
const SCALE_WORD = /thousand|million|billion|trillion/i;

/** The size of the last written digit: 0.1 for "4.4%", 1e8 for "$2.5 billion", 1 for "fifty". */
export function precisionOf(m: NumberMention): number {
  const figure = FIGURE.exec(m.text);
  if (!figure) {
    const scale = SCALE_WORD.exec(m.text)?.[0].toLowerCase();
    return scale ? (SCALE_WORDS[scale] ?? 1) : 1;
  }
  const literal = Number(figure[0].replace(/,/g, ""));
  const factor = literal === 0 ? 1 : m.value / literal;
  return Math.pow(10, -(figure[1]?.length ?? 0)) * factor;
}

function near(a: number, b: number, share: number): boolean {
  return Math.abs(a - b) <= share * Math.max(Math.abs(a), Math.abs(b)) + 1e-9;
}

function exactAgree(a: NumberMention, b: NumberMention): boolean {
  const half = Math.max(precisionOf(a), precisionOf(b)) / 2;
  const limit = Math.min(half, ROUNDING_CAP * Math.max(Math.abs(a.value), Math.abs(b.value)));
  return Math.abs(a.value - b.value) <= limit + 1e-9;
}

/** Lowest and highest values a mention allows. */
function rangeOf(m: NumberMention): [number, number] {
  if (m.range) return m.range;
  const v = m.value;
  switch (m.bound) {
    case "about":
      return [v * (1 - ABOUT), v * (1 + ABOUT)];
    case "more":
      return [v, Infinity];
    case "less":
      return [-Infinity, v];
    default:
      return [v, v];
  }
}

export function unitsAgree(a: string | null, b: string | null): boolean {
  return a === null || b === null || a === b;
}

/**
 * A bound on a round figure ("more than 1,000", "over 50") is a rounding and leaves room; a bound
 * on a precise count ("at least 12 dead") is that outlet's count, and another outlet's 14 is a
 * different count, not a refinement of it.
 */
function isRound(value: number): boolean {
  if (value < 10 || !Number.isInteger(value)) return false;
  const step = value >= 1000 ? 100 : 10;
  return value % step === 0 || (value < 100 && value % 5 === 0);
}

export function numbersAgree(a: NumberMention, b: NumberMention): boolean {
  if (!unitsAgree(a.unit, b.unit)) return false;
  if (a.range || b.range) return overlap(a, b);
  if (a.bound === "exact" && b.bound === "exact") return exactAgree(a, b);
  const precise = (m: NumberMention) => (m.bound === "more" || m.bound === "less") && !isRound(m.value);
  if ((precise(a) && b.bound === "exact") || (precise(b) && a.bound === "exact")) return exactAgree(a, b);
  if (a.bound === b.bound) return near(a.value, b.value, ABOUT);
  return overlap(a, b);
}

function overlap(a: NumberMention, b: NumberMention): boolean {
  const [loA, hiA] = rangeOf(a);
  const [loB, hiB] = rangeOf(b);
  return loA <= hiB + 1e-9 && loB <= hiA + 1e-9;
}
