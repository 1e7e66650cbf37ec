import type { PairScorer } from "./pair-scorer";
import type { SentenceAnalysis } from "../types";
import { matchItems } from "./soft-overlap";

// Candidate evidence for the claim link model, beyond its eight features (decision 0145). None
// is in the shipped model: each was fitted leave-one-event-out and lost link F1 or the seeds.
// `npm run calibrate:facts -- --try NAME,...` measures a set against the eight by held-out AUC,
// a cheap screen before wiring a feature into the engine. The covers weigh a long claim's
// unshared words against it; these ask what two claims share in absolute terms, how rare the
// rarest shared item is, how many of their words align at all (the word-alignment share of
// STS systems), whether the names or the other words carry the match, where the claims sit, word
// order, and counts and dates (decision 0185 has the screen of the last five).

export const CLAIM_LINK_FEATURES = ["sharedWeight", "rarestShared", "alignedShare", "wordCover", "softShare", "posGap", "leadPair", "diagSupport", "bigramShare", "windowCover", "sameCount", "countClash", "dateMatch"] as const;

export type ClaimLinkFeature = (typeof CLAIM_LINK_FEATURES)[number];

export type ClaimLinkFeatures = Record<ClaimLinkFeature, number>;

const LEAD_CLAIMS = 3;

/** The candidate features of claim i of source s against claim j of source t. */
export function measureClaimLink(scorer: PairScorer, s: number, i: number, t: number, j: number): ClaimLinkFeatures {
  const a = scorer.bags[s]![i]!, b = scorer.bags[t]![j]!;
  const nS = scorer.bags[s]!.length, nT = scorer.bags[t]!.length;
  let shared = 0, rarest = 0, alignedA = 0, words = 0, wordsCovered = 0, soft = 0;
  const alignedB = new Uint8Array(b.items.length);
  for (const ia of a.items) {
    let best = 0;
    b.items.forEach((ib, k) => {
      const m = matchItems(ia, ib);
      if (m > 0) alignedB[k] = 1;
      if (m > best) best = m;
      if (m === 1) rarest = Math.max(rarest, Math.min(ia.weight, ib.weight));
    });
    if (best > 0) alignedA++;
    if (best > 0 && best < 1) soft += best * ia.weight;
    if (!ia.entity) { words += ia.weight; wordsCovered += best * ia.weight; }
    shared += best * ia.weight;
  }
  const items = a.items.length + b.items.length;
  const aligned = alignedA + alignedB.reduce((sum, x) => sum + x, 0);
  const diagonal = (di: number, dj: number) => (di >= 0 && dj >= 0 && di < nS && dj < nT ? scorer.score(s, di, t, dj) : 0);
  return {
    sharedWeight: Math.log1p(shared),
    rarestShared: rarest,
    alignedShare: items ? aligned / items : 0,
    wordCover: words ? wordsCovered / words : 0,
    softShare: shared ? soft / shared : 0,
    posGap: Math.abs(i / nS - j / nT),
    leadPair: i < LEAD_CLAIMS && j < LEAD_CLAIMS ? 1 : 0,
    diagSupport: Math.max(diagonal(i - 1, j - 1), diagonal(i + 1, j + 1)),
    ...measureOrder(scorer.analysis(s, i).terms, scorer.analysis(t, j).terms),
    ...compareCounts(scorer.analysis(s, i), scorer.analysis(t, j)),
  };
}

// Same stem, or the five-letter prefix the matcher also reads (Ukraine ~ Ukrainian).
const sameWord = (x: string, y: string) => x === y || (x.length >= 5 && y.length >= 5 && x.slice(0, 5) === y.slice(0, 5));

/**
 * Word order: the share of adjacent content-word pairs the claims have in common, and how
 * densely the longer claim restates the shorter in its best stretch (a window of the long
 * claim's terms as long as the short claim), so a fact packed into one clause of a long
 * sentence is not diluted by the rest of it.
 */
function measureOrder(a: readonly string[], b: readonly string[]): { bigramShare: number; windowCover: number } {
  const pairs = (t: readonly string[]) => new Set(t.slice(1).map((w, k) => `${t[k]} ${w}`));
  const pa = pairs(a), pb = pairs(b);
  let common = 0;
  for (const x of pa) if (pb.has(x)) common++;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  const hits = long.map((w) => (short.some((x) => sameWord(x, w)) ? 1 : 0));
  const width = Math.max(1, short.length);
  let best = 0, run = 0;
  for (let k = 0; k < hits.length; k++) {
    run += hits[k]!;
    if (k >= width) run -= hits[k - width]!;
    best = Math.max(best, run);
  }
  const fewer = Math.min(pa.size, pb.size);
  return { bigramShare: fewer ? common / fewer : 0, windowCover: best / width };
}

/** Counts of one noun that agree or differ ("nine pieces" / "eight pieces"), and a shared resolved date. */
function compareCounts(a: SentenceAnalysis, b: SentenceAnalysis): { sameCount: number; countClash: number; dateMatch: number } {
  let same = 0, clash = 0;
  for (const x of a.numbers) for (const y of b.numbers) {
    if (!x.counted || x.counted !== y.counted) continue;
    if (x.value === y.value) same = 1;
    else clash = 1;
  }
  const dates = (s: SentenceAnalysis) => new Set(s.dates.map((d) => d.value).filter(Boolean));
  const da = dates(a), db = dates(b);
  return { sameCount: same, countClash: clash, dateMatch: [...da].some((d) => db.has(d)) ? 1 : 0 };
}
