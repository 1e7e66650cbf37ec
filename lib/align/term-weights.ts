import type { SentenceAnalysis } from "../types";

// Inverse document frequency over the comparison itself: a word every outlet repeats
// ("Belarus" in a Belarus story) says little about which sentences match, a rare one says a
// lot. A comparison of a handful of sentences (pair mode) has no usable statistics, so the
// weights fade to uniform as the corpus shrinks instead of rewarding unshared words.

export interface TermWeights {
  weight(term: string): number;
}

const FULL_STRENGTH_AT = 40; // sentences

export function computeTermWeights(analyses: readonly SentenceAnalysis[]): TermWeights {
  const df = new Map<string, number>();
  for (const a of analyses) for (const t of new Set(a.terms)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = analyses.length;
  const strength = Math.min(1, n / FULL_STRENGTH_AT);
  const logN = Math.log(n + 1);
  const cache = new Map<string, number>();
  return {
    weight(term: string): number {
      let w = cache.get(term);
      if (w === undefined) {
        const idf = n > 1 ? Math.log((n + 1) / (df.get(term) ?? 1)) / logN : 1;
        w = 1 - strength + strength * Math.max(0.05, idf);
        cache.set(term, w);
      }
      return w;
    },
  };
}
