import type { SentenceAnalysis } from "../types";
import { mergeAnalyses } from "./merge-analyses";
import { measurePair, type PairSide } from "./pair-features";
import { measureOverlap, type Overlap } from "./soft-overlap";
import { pairModel, scorePair, type PairModel } from "./score-pair";
import { buildSentenceBag, mergeBags, type SentenceBag } from "./sentence-bag";
import { computeTermWeights } from "./term-weights";

// Scores sentences, and runs of neighbouring sentences, of different sources against each
// other. Alignment asks about the same single pair many times (its score, and how much each
// side covers of the other), so one overlap measurement per pair answers all of them.

const NAME_ONLY_DAMPING = 0.3;

export interface PairScorer {
  bags: SentenceBag[][];
  score(s: number, i: number, t: number, j: number): number;
  scoreRuns(s: number, runS: readonly number[], t: number, runT: readonly number[]): number;
  analysis(s: number, i: number): SentenceAnalysis;
  /** Share of sentence (s, i)'s weighted content that the run of source t covers. */
  coverage(s: number, i: number, t: number, run: readonly number[]): number;
}

export function createPairScorer(sources: readonly SentenceAnalysis[][], model: PairModel = pairModel): PairScorer {
  const weights = computeTermWeights(sources.flat());
  const bags = sources.map((list) => list.map((a) => buildSentenceBag(a, weights)));
  interface Single { p: number; coverLow: number; coverHigh: number } // covers of the lower / higher source's sentence
  const singles = new Map<number, Single>();
  // One number per sentence of the comparison, so a pair's cache key is arithmetic, not a string.
  const offsets: number[] = [];
  let count = 0;
  for (const list of sources) { offsets.push(count); count += list.length; }
  const one = (s: number, i: number): PairSide => ({ analysis: sources[s]![i]!, bag: bags[s]![i]! });
  const side = (s: number, run: readonly number[]): PairSide => {
    const analyses = run.map((i) => sources[s]![i]!);
    return { analysis: mergeAnalyses(analyses), bag: mergeBags(run.map((i) => bags[s]![i]!)) };
  };
  const scoreSides = (a: PairSide, b: PairSide, o?: Overlap) => {
    const features = measurePair(a, b, o);
    // Two different statements about one person share the name and nothing else: a shared
    // name is never enough on its own, whatever the model's weights say.
    return features.entityOnly ? scorePair(features, model) * NAME_ONLY_DAMPING : scorePair(features, model);
  };
  const scoreRuns = (s: number, runS: readonly number[], t: number, runT: readonly number[]) => scoreSides(side(s, runS), side(t, runT));
  const single = (s: number, i: number, t: number, j: number): Single => {
    const [ls, li, hs, hi] = s < t ? [s, i, t, j] : [t, j, s, i];
    const key = (offsets[ls]! + li) * count + offsets[hs]! + hi;
    let found = singles.get(key);
    if (!found) {
      const low = one(ls, li), high = one(hs, hi);
      const o = measureOverlap(low.bag, high.bag);
      found = { p: scoreSides(low, high, o), coverLow: low.bag.total ? o.coveredA / low.bag.total : 0, coverHigh: high.bag.total ? o.coveredB / high.bag.total : 0 };
      singles.set(key, found);
    }
    return found;
  };
  return {
    bags,
    scoreRuns,
    analysis: (s, i) => sources[s]![i]!,
    coverage(s, i, t, run) {
      if (run.length === 1) {
        const found = single(s, i, t, run[0]!);
        return s < t ? found.coverLow : found.coverHigh;
      }
      const bag = bags[s]![i]!;
      return bag.total ? measureOverlap(bag, mergeBags(run.map((k) => bags[t]![k]!))).coveredA / bag.total : 0;
    },
    score: (s, i, t, j) => single(s, i, t, j).p,
  };
}
