import type { SentenceAnalysis } from "../types";
import { mergeAnalyses } from "./merge-analyses";
import { measurePair, type PairSide } from "./pair-features";
import { measureOverlap } from "./soft-overlap";
import { scorePair } from "./score-pair";
import { buildSentenceBag, mergeBags, type SentenceBag } from "./sentence-bag";
import { computeTermWeights } from "./term-weights";

// Scores sentences, and runs of neighbouring sentences, of different sources against each
// other, caching single-sentence scores: alignment asks for the same pair many times.

const NAME_ONLY_DAMPING = 0.3;

export interface PairScorer {
  bags: SentenceBag[][];
  score(s: number, i: number, t: number, j: number): number;
  scoreRuns(s: number, runS: readonly number[], t: number, runT: readonly number[]): number;
  analysis(s: number, i: number): SentenceAnalysis;
  /** Share of sentence (s, i)'s weighted content that the run of source t covers. */
  coverage(s: number, i: number, t: number, run: readonly number[]): number;
}

export function createPairScorer(sources: readonly SentenceAnalysis[][]): PairScorer {
  const weights = computeTermWeights(sources.flat());
  const bags = sources.map((list) => list.map((a) => buildSentenceBag(a, weights)));
  const cache = new Map<string, number>();
  const side = (s: number, run: readonly number[]): PairSide => {
    const analyses = run.map((i) => sources[s]![i]!);
    return { analysis: mergeAnalyses(analyses), bag: mergeBags(run.map((i) => bags[s]![i]!)) };
  };
  const scoreRuns = (s: number, runS: readonly number[], t: number, runT: readonly number[]) => {
    const features = measurePair(side(s, runS), side(t, runT));
    // Two different statements about one person share the name and nothing else: a shared
    // name is never enough on its own, whatever the model's weights say.
    return features.entityOnly ? scorePair(features) * NAME_ONLY_DAMPING : scorePair(features);
  };
  return {
    bags,
    scoreRuns,
    analysis: (s, i) => sources[s]![i]!,
    coverage(s, i, t, run) {
      const bag = bags[s]![i]!;
      return bag.total ? measureOverlap(bag, mergeBags(run.map((k) => bags[t]![k]!))).coveredA / bag.total : 0;
    },
    score(s, i, t, j) {
      const key = s < t ? `${s}.${i}|${t}.${j}` : `${t}.${j}|${s}.${i}`;
      let p = cache.get(key);
      if (p === undefined) {
        p = s < t ? scoreRuns(s, [i], t, [j]) : scoreRuns(t, [j], s, [i]);
        cache.set(key, p);
      }
      return p;
    },
  };
}
