import { rangeOfValue } from "../normalize/dates-calendar";
import type { DateMention, NumberMention } from "../types";

// Two different figures, or dates, in two aligned statements are usually rival reports of one
// value. These rules name the cases where they are not. The number rules are checked in order;
// each answers whether the pair (x from one statement, y from the other) is two quantities.

export interface NumberPairContext {
  ownNumbers: readonly NumberMention[];
  otherNumbers: readonly NumberMention[];
  ownText: string;
  otherText: string;
}

type NumberGuard = [name: string, twoQuantities: (x: NumberMention, y: NumberMention, c: NumberPairContext) => boolean];

// Small totals are met by chance: a vote of seven to two adds up to a nine-member court, and
// the split is still a rival of "six to three".
const MIN_TOTAL = 20;

/** The figure the other values add up to: "230 passengers and 12 crew" against "242 people". */
function addsUpTo(parts: readonly NumberMention[], totals: readonly NumberMention[]): boolean {
  const counts = parts.filter((m) => m.unit === null || m.unit === "people");
  if (counts.length < 2) return false;
  const sum = counts.reduce((n, m) => n + m.value, 0);
  return sum >= MIN_TOTAL && Number.isInteger(sum) && totals.some((t) => t.value === sum);
}

const MONTHS_AND_DAYS = new Set("january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday".split(" "));
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** "Category 5", "Flight 171", "Route 66", "XR 171": a bare figure that names, after a capitalised word or code. */
function isLabel(m: NumberMention, text: string): boolean {
  if (!/^\d+$/.test(m.text)) return false;
  const before = new RegExp(`\\S\\s+([A-Z][A-Za-z]*)\\s+${escapeRegExp(m.text)}\\b`).exec(text);
  return before !== null && !MONTHS_AND_DAYS.has(before[1]!.toLowerCase());
}

// A unit against a counted noun: "14 years" and "Twelve crew" count two things. Two counted
// nouns may be one thing named twice ("30,000 homes" / "40,000 households"), and "people"
// names any group of persons ("30 residents" may rival "25 people"), so neither is a guard.
function countTwoKinds(x: NumberMention, y: NumberMention): boolean {
  const unitAgainstNoun = (a: NumberMention, b: NumberMention) => a.unit !== null && a.unit !== "people" && b.unit === null && b.counted !== null;
  return unitAgainstNoun(x, y) || unitAgainstNoun(y, x);
}

export const NUMBER_GUARDS: readonly NumberGuard[] = [
  ["two kinds counted", countTwoKinds],
  // A label is a name, not a quantity: a category 5 storm and a 9-foot surge are not rivals.
  ["a label, not a quantity", (x, y, c) => isLabel(x, c.ownText) || isLabel(y, c.otherText)],
  // A breakdown and its total: one statement's counts add up to a figure the other gives.
  ["a breakdown and its total", (_x, _y, c) => addsUpTo(c.ownNumbers, c.otherNumbers) || addsUpTo(c.otherNumbers, c.ownNumbers)],
];

export function areTwoQuantities(x: NumberMention, y: NumberMention, context: NumberPairContext): boolean {
  return NUMBER_GUARDS.some(([, twoQuantities]) => twoQuantities(x, y, context));
}

// Two outlets that date one event differently are a day, a month, at most a year or so apart
// ("the first since 2018" / "since 2019"). Dates further apart than that are two events: a
// storm of decades ago that one outlet compares with another outlet's record year, or a
// background sentence ("the plant opened in 1962") against the news ("closed on Tuesday").
// The same reasoning bounds rival figures by size (lib/normalize/same-quantity.ts).

/** Days between the two dates' ranges beyond which they cannot be one event reported twice. */
export const MAX_RIVAL_GAP_DAYS = 2 * 366;

export function areTwoEvents(x: DateMention, y: DateMention): boolean {
  const rx = x.value === null ? null : rangeOfValue(x.value);
  const ry = y.value === null ? null : rangeOfValue(y.value);
  if (!rx || !ry) return false;
  const gap = Math.max(rx.first - ry.last, ry.first - rx.last);
  return gap > MAX_RIVAL_GAP_DAYS;
}
