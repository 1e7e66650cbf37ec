import { describe, expect, it } from "vitest";
import { fitLinear } from "./fit-linear";

describe("fitLinear", () => {
  it("recovers an exact line without a penalty", () => {
    const rows = [[0, 1], [1, 0], [2, 3], [3, 1], [4, 4]];
    const fit = fitLinear(rows, rows.map(([x, y]) => 0.5 + 2 * x! - y!), 0);
    expect(fit.bias).toBeCloseTo(0.5, 6);
    expect(fit.weights[0]).toBeCloseTo(2, 6);
    expect(fit.weights[1]).toBeCloseTo(-1, 6);
  });

  it("shrinks the weights, not the intercept, under a penalty", () => {
    const rows = [[0], [1], [2], [3]];
    const fit = fitLinear(rows, [10, 11, 12, 13], 1);
    expect(Math.abs(fit.weights[0]!)).toBeLessThan(1);
    expect(fit.bias).toBeGreaterThan(10);
  });
});
