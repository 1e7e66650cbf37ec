import { describe, expect, it } from "vitest";
import { analyzeSentence } from "../normalize/analyze-sentence";
import { measureJudgeFeatures } from "./pair-judge-features";

const ctx = { publishedAt: null };
const tables = { idf: () => 0.5, kld: () => 0.1 };
const measure = (a: string, b: string) => measureJudgeFeatures(analyzeSentence(a, ctx), analyzeSentence(b, ctx), tables);

describe("measureJudgeFeatures: figures", () => {
  it("marks a changed figure as a conflict when each side has a figure the other lacks", () => {
    const f = measure("The mill cut 300 jobs last year.", "The mill cut 450 jobs last year.");
    expect(f.numberConflict).toBe(1);
    expect(f.numberOneSide).toBe(0);
    expect(f.numberBoth).toBe(1);
  });

  it("marks a figure added on one side only as one-sided, not a conflict", () => {
    const f = measure("The mill cut 300 jobs last year.", "The mill cut jobs last year.");
    expect(f.numberConflict).toBe(0);
    expect(f.numberOneSide).toBe(1);
    expect(f.numberBoth).toBe(0);
  });

  it("measures the length gap and the shorter length", () => {
    const f = measure("Rain fell.", "Heavy rain fell across the northern valleys overnight.");
    expect(f.lengthGap).toBeGreaterThan(0);
    expect(f.lengthMin).toBeCloseTo(2 / 40, 5);
  });
});
