// Ridge regression by the normal equations (decision 0165): the pair judgement's ranking head,
// fitted on the STS Benchmark's graded scores. Closed form, so a rerun gives the same weights;
// 35 features need a 36 × 36 solve. The penalty, per row, spares the intercept.

export interface LinearFit {
  bias: number;
  weights: number[];
}

export function fitLinear(rows: readonly number[][], targets: readonly number[], l2 = 1e-3): LinearFit {
  const d = (rows[0]?.length ?? 0) + 1;
  const a = Array.from({ length: d }, () => new Float64Array(d + 1));
  rows.forEach((row, i) => {
    const x = [1, ...row];
    for (let p = 0; p < d; p++) {
      for (let q = 0; q < d; q++) a[p]![q]! += x[p]! * x[q]!;
      a[p]![d]! += x[p]! * targets[i]!;
    }
  });
  for (let p = 1; p < d; p++) a[p]![p]! += l2 * rows.length;
  solveInPlace(a);
  const w = a.map((row, p) => row[d]! / row[p]!);
  return { bias: w[0]!, weights: w.slice(1) };
}

/** Gauss-Jordan elimination with partial pivoting on an augmented d × (d + 1) matrix. */
function solveInPlace(a: Float64Array[]): void {
  const d = a.length;
  for (let c = 0; c < d; c++) {
    let pivot = c;
    for (let r = c + 1; r < d; r++) if (Math.abs(a[r]![c]!) > Math.abs(a[pivot]![c]!)) pivot = r;
    [a[c], a[pivot]] = [a[pivot]!, a[c]!];
    if (a[c]![c] === 0) continue;
    for (let r = 0; r < d; r++) {
      if (r === c) continue;
      const f = a[r]![c]! / a[c]![c]!;
      for (let q = c; q <= d; q++) a[r]![q]! -= f * a[c]![q]!;
    }
  }
}
