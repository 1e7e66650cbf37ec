import { scoreLogistic, type LogisticModel } from "../engine/logistic-model";
import type { SentenceAnalysis } from "../types";
import type { TermTable } from "./fit-term-tables";
import { JUDGE_FEATURES, measureJudgeFeatures, type JudgeTables } from "./pair-judge-features";
import model from "./pair-judge-model.json";

// Pair mode's "same statement?" judgement (decisions 0150, 0165): a logistic model over word
// alignment, IDF and TF-KLD features, fitted by tools/calibrate-pairs.ts on the MSRP training
// folds and the STS Benchmark's training pairs, decides; its threshold is the one with the best
// accuracy on the training folds. The score is a separate ranking head — a ridge regression on
// STS-B's graded scores — blended with P(same), so pairs keep a continuous order that follows
// people's grades better than P(same) alone does.

export interface PairJudgeModel extends LogisticModel {
  idf: TermTable;
  kld: TermTable;
  /** P(same) at or above which the pair is judged the same fact. */
  threshold: number;
  /** Linear ranking head (STS-B score / 5) and the share of P(same) blended into the score. */
  rank: { bias: number; weights: Record<string, number>; blend: number };
}

export interface PairJudgement {
  same: boolean;
  /** P(the two sentences state the same fact). */
  probability: number;
  /** 0..1 similarity for ranking pairs. */
  score: number;
}

export const pairJudgeModel: PairJudgeModel = model;

export function readTables(m: Pick<PairJudgeModel, "idf" | "kld">): JudgeTables {
  return {
    idf: (t) => m.idf.weights[t] ?? m.idf.fallback,
    kld: (t) => m.kld.weights[t] ?? m.kld.fallback,
  };
}

const tablesCache = new WeakMap<PairJudgeModel, JudgeTables>();

export function judgePair(a: SentenceAnalysis, b: SentenceAnalysis, m: PairJudgeModel = pairJudgeModel): PairJudgement {
  let tables = tablesCache.get(m);
  if (!tables) tablesCache.set(m, (tables = readTables(m)));
  const features = measureJudgeFeatures(a, b, tables);
  const probability = scoreLogistic(m, features, JUDGE_FEATURES);
  let graded = m.rank.bias;
  for (const name of JUDGE_FEATURES) graded += (m.rank.weights[name] ?? 0) * features[name];
  const score = m.rank.blend * probability + (1 - m.rank.blend) * clamp01(graded);
  return { same: probability >= m.threshold, probability, score };
}

const clamp01 = (x: number) => Math.min(1, Math.max(0, x));
