import { randomBytes } from "node:crypto";
import { describe, expect, it } from "vitest";
import { COMPARISON_ID_LENGTH, createComparisonId, isComparisonId } from "./create-comparison-id";

describe("createComparisonId", () => {
  it("makes short, URL-safe ids of at least 96 bits", () => {
    const id = createComparisonId((n) => randomBytes(n));
    expect(id).toMatch(/^[0-9A-Za-z]{17}$/);
    expect(encodeURIComponent(id)).toBe(id);
    expect(COMPARISON_ID_LENGTH * Math.log2(62)).toBeGreaterThanOrEqual(96);
  });

  it("takes all its randomness from the injected source", () => {
    const fixed = () => new Uint8Array(34).fill(7);
    expect(createComparisonId(fixed)).toBe("7".repeat(17));
  });

  it("skips bytes that would bias the alphabet", () => {
    let call = 0;
    // 248..255 would map onto 0..7 a second time; only the byte 61 ("z") should be used.
    const source = (n: number) => (call++ === 0 ? new Uint8Array(n).fill(250) : new Uint8Array(n).fill(61));
    expect(createComparisonId(source)).toBe("z".repeat(17));
  });

  it("does not repeat itself", () => {
    const ids = new Set(Array.from({ length: 5000 }, () => createComparisonId((n) => randomBytes(n))));
    expect(ids.size).toBe(5000);
  });

  it("spreads characters evenly", () => {
    const counts = new Map<string, number>();
    for (let i = 0; i < 2000; i++) for (const ch of createComparisonId((n) => randomBytes(n))) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    expect(counts.size).toBe(62);
    const expected = (2000 * 17) / 62;
    for (const count of counts.values()) expect(Math.abs(count - expected)).toBeLessThan(expected * 0.35);
  });

  it("recognises only ids it could have made", () => {
    expect(isComparisonId("AbCdEfGhIjKlMnOpQ")).toBe(true);
    for (const bad of ["", "short", "AbCdEfGhIjKlMnOp-", "AbCdEfGhIjKlMnOpQR", "../../etc/passwd", "seed-belarus-kgb-talks"]) {
      expect(isComparisonId(bad)).toBe(false);
    }
  });
});
