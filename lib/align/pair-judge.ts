import { scoreLogistic, type LogisticModel } from "../engine/logistic-model";
import type { SentenceAnalysis } from "../types";
import type { TermTable } from "./fit-term-tables";
import { JUDGE_FEATURES, measureJudgeFeatures, type JudgeTables } from "./pair-judge-features";
import model from "./pair-judge-model.json";

// Pair mode's "same statement?" judgement (decision 0150): a logistic model over word alignment,
// IDF and TF-KLD features, fitted by tools/calibrate-pairs.ts on the MSRP training folds and the
// STS Benchmark's training pairs. Its output is P(same) and a continuous ranking, so pairs below
// the decision threshold keep their order instead of all scoring 0.

export interface PairJudgeModel extends LogisticModel {
  idf: TermTable;
  kld: TermTable;
}

export const pairJudgeModel: PairJudgeModel = model;

export function readTables(m: Pick<PairJudgeModel, "idf" | "kld">): JudgeTables {
  return {
    idf: (t) => m.idf.weights[t] ?? m.idf.fallback,
    kld: (t) => m.kld.weights[t] ?? m.kld.fallback,
  };
}

const tablesCache = new WeakMap<PairJudgeModel, JudgeTables>();

/** P(the two sentences state the same fact). */
export function judgePair(a: SentenceAnalysis, b: SentenceAnalysis, m: PairJudgeModel = pairJudgeModel): number {
  let tables = tablesCache.get(m);
  if (!tables) tablesCache.set(m, (tables = readTables(m)));
  return scoreLogistic(m, measureJudgeFeatures(a, b, tables), JUDGE_FEATURES);
}
