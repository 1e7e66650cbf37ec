import type { SentenceAnalysis } from "../types";
import { FEATURE_NAMES, measurePair, type PairFeatures } from "./pair-features";
import { buildSentenceBag } from "./sentence-bag";
import { computeTermWeights } from "./term-weights";
import { alignWords, type WordWeights } from "./word-alignment";

// The features of the pair judgement (decision 0150): the engine's own sentence-pair features,
// word alignment shares weighed by rarity, and two cosines over content stems — one by IDF, one
// by TF-KLD weights learnt from labelled pairs (Ji & Eisenstein 2013): a word whose presence on
// both sides tells paraphrases from non-paraphrases weighs more than one that merely is rare.

export interface JudgeTables extends WordWeights {
  /** TF-KLD weight of a stem. */
  kld(stem: string): number;
}

export const JUDGE_FEATURES = [
  ...FEATURE_NAMES,
  "exactMin", "exactMax", "looseMin", "looseMax",
  "entityMissing", "numberMissing", "numberShared",
  "idfCosine", "kldCosine", "kldUnshared", "wordRatio",
  "unalignedMin", "unalignedMax", "charDice", "tokenBigrams", "negationDiffers", "looseProduct",
  "numberConflict", "numberOneSide", "numberBoth", "lengthGap", "lengthMin",
] as const;

export type JudgeFeatures = Record<(typeof JUDGE_FEATURES)[number], number>;

function weightedCosine(a: readonly string[], b: readonly string[], weight: (stem: string) => number): number {
  const sa = new Set(a), sb = new Set(b);
  let dot = 0, na = 0, nb = 0;
  for (const t of sa) { const w = weight(t); na += w * w; if (sb.has(t)) dot += w * w; }
  for (const t of sb) { const w = weight(t); nb += w * w; }
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

/** TF-KLD mass of the stems found on one side only, squashed to 0..1. */
function unsharedMass(a: readonly string[], b: readonly string[], weight: (stem: string) => number): number {
  const sa = new Set(a), sb = new Set(b);
  let mass = 0;
  for (const t of sa) if (!sb.has(t)) mass += weight(t);
  for (const t of sb) if (!sa.has(t)) mass += weight(t);
  return 1 - Math.exp(-mass);
}

export function measureJudgeFeatures(a: SentenceAnalysis, b: SentenceAnalysis, tables: JudgeTables): JudgeFeatures {
  const weights = computeTermWeights([a, b]);
  const base: PairFeatures = measurePair({ analysis: a, bag: buildSentenceBag(a, weights) }, { analysis: b, bag: buildSentenceBag(b, weights) });
  const al = alignWords(a, b, tables);
  const na = a.tokens.length, nb = b.tokens.length;
  return {
    ...base,
    exactMin: Math.min(al.exactA, al.exactB),
    exactMax: Math.max(al.exactA, al.exactB),
    looseMin: Math.min(al.looseA, al.looseB),
    looseMax: Math.max(al.looseA, al.looseB),
    entityMissing: al.entityMissing,
    numberMissing: al.numberMissing,
    numberShared: al.numberShared,
    idfCosine: weightedCosine(a.terms, b.terms, (t) => tables.idf(t)),
    kldCosine: weightedCosine(a.terms, b.terms, (t) => tables.kld(t)),
    kldUnshared: unsharedMass(a.terms, b.terms, (t) => tables.kld(t)),
    wordRatio: na && nb ? Math.min(na, nb) / Math.max(na, nb) : 0,
    unalignedMin: squash(Math.min(al.unalignedA, al.unalignedB)),
    unalignedMax: squash(Math.max(al.unalignedA, al.unalignedB)),
    charDice: diceOf(charGrams(a.tokens), charGrams(b.tokens)),
    tokenBigrams: diceOf(tokenGrams(a.tokens), tokenGrams(b.tokens)),
    negationDiffers: (a.negations.length > 0) !== (b.negations.length > 0) ? 1 : 0,
    looseProduct: al.looseA * al.looseB,
    ...compareFigures(a, b),
    lengthGap: Math.abs(na - nb) / 20,
    lengthMin: Math.min(na, nb) / 40,
  };
}

/**
 * Figures, told apart by how they differ (decision 0165): both sides give a figure the other
 * lacks (a changed amount or date, MSRP's typical near-copy negative), only one side adds a
 * figure (often a detail), or both carry figures at all.
 */
function compareFigures(a: SentenceAnalysis, b: SentenceAnalysis): { numberConflict: number; numberOneSide: number; numberBoth: number } {
  const va = new Set(a.numbers.map((n) => n.value)), vb = new Set(b.numbers.map((n) => n.value));
  const onlyA = [...va].some((v) => !vb.has(v)), onlyB = [...vb].some((v) => !va.has(v));
  const both = va.size > 0 && vb.size > 0;
  return { numberConflict: both && onlyA && onlyB ? 1 : 0, numberOneSide: onlyA !== onlyB ? 1 : 0, numberBoth: both ? 1 : 0 };
}

/** A count of extra words as 0..1: the first few matter most. */
const squash = (n: number) => 1 - Math.exp(-n / 4);

function diceOf(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const g of a) if (b.has(g)) shared++;
  return (2 * shared) / (a.size + b.size);
}

/** Letter trigrams of the words, so spelling variants and inflections still overlap. */
function charGrams(tokens: readonly string[]): Set<string> {
  const grams = new Set<string>();
  for (const t of tokens) {
    const w = ` ${t} `;
    for (let i = 0; i + 3 <= w.length; i++) grams.add(w.slice(i, i + 3));
  }
  return grams;
}

function tokenGrams(tokens: readonly string[]): Set<string> {
  const grams = new Set<string>();
  for (let i = 1; i < tokens.length; i++) grams.add(`${tokens[i - 1]} ${tokens[i]}`);
  return grams;
}

