import { sigmoid } from "./logistic-model";

// Logistic regression by full-batch gradient descent with a small L2 penalty: a few thousand
// rows of ten features in 0..1 fit in well under a second, deterministically (zero start, fixed
// step count), so the calibration can be rerun and give the same weights.

export interface LogisticFit {
  bias: number;
  weights: number[];
}

export function fitLogistic(rows: readonly number[][], labels: readonly number[], steps = 4000, rate = 0.5, l2 = 1e-4): LogisticFit {
  const dims = rows[0]?.length ?? 0;
  const w = new Float64Array(dims);
  let b = 0;
  const n = rows.length || 1;
  for (let step = 0; step < steps; step++) {
    const gw = new Float64Array(dims);
    let gb = 0;
    rows.forEach((x, k) => {
      let z = b;
      for (let d = 0; d < dims; d++) z += w[d]! * x[d]!;
      const err = sigmoid(z) - labels[k]!;
      gb += err;
      for (let d = 0; d < dims; d++) gw[d]! += err * x[d]!;
    });
    b -= (rate * gb) / n;
    for (let d = 0; d < dims; d++) w[d]! -= rate * (gw[d]! / n + l2 * w[d]!);
  }
  return { bias: b, weights: [...w] };
}

export interface BinaryFigures {
  accuracy: number;
  precision: number;
  recall: number;
  f1: number;
  n: number;
}

export function measureBinary(predicted: readonly boolean[], actual: readonly boolean[]): BinaryFigures {
  let tp = 0, fp = 0, fn = 0, ok = 0;
  predicted.forEach((p, k) => {
    const a = actual[k];
    if (p === a) ok++;
    if (p && a) tp++;
    else if (p && !a) fp++;
    else if (!p && a) fn++;
  });
  const precision = tp + fp ? tp / (tp + fp) : 0, recall = tp + fn ? tp / (tp + fn) : 0;
  return { accuracy: predicted.length ? ok / predicted.length : 0, precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, n: predicted.length };
}

/** Every fifth pair is held out from fitting, so reported figures are on unseen pairs. */
export function isHeldOut(index: number): boolean {
  return index % 5 === 4;
}
