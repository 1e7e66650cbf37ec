import { scoreLogistic, type LogisticModel } from "../engine/logistic-model";
import { FEATURE_NAMES, type PairFeatures } from "./pair-features";
import model from "./pair-model.json";

// A logistic model over the pair features: P(same statement). The weights are data, written by
// tools/calibrate.ts from the MSRP training pairs; see docs/decisions/0002-calibration.md.

export type PairModel = LogisticModel;

export const pairModel: PairModel = model;

export function scorePair(features: PairFeatures, m: PairModel = pairModel): number {
  return scoreLogistic(m, features, FEATURE_NAMES);
}
