import { FEATURE_NAMES, type PairFeatures } from "./pair-features";
import model from "./pair-model.json";

// A logistic model over the pair features: P(same statement). The weights are data, written by
// tools/calibrate.ts from the MSRP training pairs; see docs/decisions/0002-calibration.md.

export interface PairModel {
  bias: number;
  weights: Record<string, number>;
}

export const pairModel: PairModel = model;

export function scorePair(features: PairFeatures, m: PairModel = pairModel): number {
  let z = m.bias;
  for (const name of FEATURE_NAMES) z += (m.weights[name] ?? 0) * features[name];
  return 1 / (1 + Math.exp(-z));
}
