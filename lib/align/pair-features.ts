import type { NumberMention, SentenceAnalysis } from "../types";
import type { SentenceBag } from "./sentence-bag";
import { measureOverlap, type Overlap } from "./soft-overlap";

// The evidence that two sentences state the same fact, as numbers in 0..1. The model in
// score-pair.ts weighs them; its weights are fitted on real news sentence pairs (MSRP) by
// tools/calibrate.ts, so nothing here is tuned by hand to one story.

export interface PairSide {
  analysis: SentenceAnalysis;
  bag: SentenceBag;
}

export const FEATURE_NAMES = [
  "dice",
  "minCover",
  "maxCover",
  "order",
  "entityShared",
  "entityOnly",
  "numberAgree",
  "numberSlot",
  "quoteOverlap",
  "lengthRatio",
  "sameSpeaker",
  "tokenDice",
  "commonRun",
] as const;

export type PairFeatures = Record<(typeof FEATURE_NAMES)[number], number>;

/** `o` may be passed in by a caller that already measured the overlap (it is the costly part). */
export function measurePair(a: PairSide, b: PairSide, o: Overlap = measureOverlap(a.bag, b.bag)): PairFeatures {
  const ta = a.bag.total || 1, tb = b.bag.total || 1;
  const coverA = o.coveredA / ta, coverB = o.coveredB / tb;
  const entitiesA = entityKeysOf(a.bag), entitiesB = entityKeysOf(b.bag);
  let sharedEntities = 0;
  for (const key of entitiesA) if (entitiesB.has(key)) sharedEntities++;
  const entityUnion = entitiesA.size + entitiesB.size - sharedEntities;
  const nonEntityMatched = o.matchedKeys - sharedEntities;
  return {
    dice: (o.coveredA + o.coveredB) / (ta + tb),
    minCover: Math.min(coverA, coverB),
    maxCover: Math.max(coverA, coverB),
    order: diceOfBigrams(a.analysis.terms, b.analysis.terms),
    entityShared: entityUnion ? sharedEntities / entityUnion : 0,
    entityOnly: sharedEntities > 0 && nonEntityMatched <= 0 ? 1 : 0,
    ...compareNumbers(a.analysis.numbers, b.analysis.numbers),
    quoteOverlap: overlapQuotes(a.analysis.quotes, b.analysis.quotes),
    lengthRatio: Math.min(ta, tb) / Math.max(ta, tb),
    // Who is reported as speaking is part of the statement: "Tertel told television" and
    // "Tertel shared in a broadcast" report the same remark.
    sameSpeaker: a.analysis.speakers.some((x) => b.analysis.speakers.includes(x)) ? 1 : 0,
    tokenDice: diceOfSets(a.analysis.tokens, b.analysis.tokens),
    commonRun: longestCommonRun(a.analysis.tokens, b.analysis.tokens),
  };
}

const entityCache = new WeakMap<SentenceBag, Set<string>>();

/** Keys of a bag's entity items, worked out once per bag (a bag meets dozens of others). */
function entityKeysOf(bag: SentenceBag): Set<string> {
  let keys = entityCache.get(bag);
  if (!keys) entityCache.set(bag, (keys = new Set(bag.items.filter((i) => i.entity).map((i) => i.key))));
  return keys;
}

const bigramCache = new WeakMap<readonly string[], Set<string>>();

function bigramsOf(terms: readonly string[]): Set<string> {
  let grams = bigramCache.get(terms);
  if (!grams) {
    grams = new Set<string>();
    for (let i = 1; i < terms.length; i++) grams.add(`${terms[i - 1]} ${terms[i]}`);
    bigramCache.set(terms, grams);
  }
  return grams;
}

function diceOfBigrams(a: readonly string[], b: readonly string[]): number {
  if (a.length < 2 || b.length < 2) return 0;
  const ga = bigramsOf(a), gb = bigramsOf(b);
  let shared = 0;
  for (const g of gb) if (ga.has(g)) shared++;
  return (2 * shared) / (a.length - 1 + b.length - 1);
}

// Different values are not evidence against one fact: "27 dead" and "31 dead" are the same
// fact with a conflicting number, which is exactly what Parallax must align and flag. So the
// features reward agreeing values and values of the same unit, and never punish a mismatch.
function compareNumbers(a: readonly NumberMention[], b: readonly NumberMention[]): { numberAgree: number; numberSlot: number } {
  if (!a.length || !b.length) return { numberAgree: 0, numberSlot: 0 };
  const agree = a.some((x) => b.some((y) => x.value === y.value));
  const slot = a.some((x) => x.unit !== null && b.some((y) => y.unit === x.unit));
  return { numberAgree: agree ? 1 : 0, numberSlot: slot ? 1 : 0 };
}

const WORD = /[\p{L}\p{N}]+/gu;

function overlapQuotes(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const words = (qs: readonly string[]) => new Set(qs.join(" ").toLowerCase().match(WORD) ?? []);
  const wa = words(a), wb = words(b);
  let shared = 0;
  for (const w of wa) if (wb.has(w)) shared++;
  return wa.size + wb.size ? (2 * shared) / (wa.size + wb.size) : 0;
}

const tokenSets = new WeakMap<readonly string[], Set<string>>();

function setOf(tokens: readonly string[]): Set<string> {
  let set = tokenSets.get(tokens);
  if (!set) tokenSets.set(tokens, (set = new Set(tokens)));
  return set;
}

/** Dice over every word, function words included: paraphrases keep much of the wording. */
function diceOfSets(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return 0;
  const sa = setOf(a), sb = setOf(b);
  let shared = 0;
  for (const w of sa) if (sb.has(w)) shared++;
  return (2 * shared) / (sa.size + sb.size);
}

const RUN_ROWS: [Uint8Array, Uint8Array] = [new Uint8Array(41), new Uint8Array(41)];

/** Longest stretch of words the two share verbatim, as a share of the shorter (capped at 40 words). */
function longestCommonRun(a: readonly string[], b: readonly string[]): number {
  const x = a.slice(0, 40), y = b.slice(0, 40);
  if (!x.length || !y.length) return 0;
  let best = 0;
  // Two rows reused across calls: this runs for every candidate pair.
  let prev = RUN_ROWS[0].fill(0, 0, y.length + 1), row = RUN_ROWS[1].fill(0, 0, y.length + 1);
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      row[j] = x[i - 1] === y[j - 1] ? prev[j - 1]! + 1 : 0;
      if (row[j]! > best) best = row[j]!;
    }
    [prev, row] = [row, prev];
  }
  return best / Math.min(x.length, y.length);
}
