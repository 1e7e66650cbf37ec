import { describe, expect, it } from "vitest";
import { analyzeSentence } from "../normalize/analyze-sentence";
import { judgePair, pairJudgeModel } from "./pair-judge";

const ctx = { publishedAt: null };
const judge = (a: string, b: string) => judgePair(analyzeSentence(a, ctx), analyzeSentence(b, ctx));

describe("judgePair", () => {
  it("judges a reworded statement the same fact", () => {
    const j = judge("The council approved the new budget for the schools on Monday.", "On Monday the council approved the schools' new budget.");
    expect(j.same).toBe(true);
    expect(j.probability).toBeGreaterThanOrEqual(pairJudgeModel.threshold);
  });

  it("judges two statements about one subject different", () => {
    const j = judge("The council approved the new budget for the schools on Monday.", "Teachers at the schools say the council has ignored them for years.");
    expect(j.same).toBe(false);
    expect(j.probability).toBeLessThan(pairJudgeModel.threshold);
  });

  it("ranks continuously: a related pair above an unrelated one, both within 0..1", () => {
    const related = judge("The ferry sank near the port of Vellin.", "A cargo ship ran aground near the port of Vellin.");
    const unrelated = judge("The ferry sank near the port of Vellin.", "The orchestra will tour three countries next spring.");
    expect(unrelated.score).toBeGreaterThanOrEqual(0);
    expect(related.score).toBeLessThanOrEqual(1);
    expect(related.score).toBeGreaterThan(unrelated.score);
  });

  it("grades a near copy with a changed figure below the same sentence with the figure kept", () => {
    const base = "Shares of the brewer rose 12 percent to 40 dollars in early trading on Tuesday.";
    const kept = judge(base, "In early trading on Tuesday, the brewer's shares rose 12 percent to 40 dollars.");
    const changed = judge(base, "In early trading on Tuesday, the brewer's shares rose 7 percent to 31 dollars.");
    expect(kept.score).toBeGreaterThan(changed.score);
  });

  it("decides with the fitted threshold, not a fixed one-half", () => {
    expect(pairJudgeModel.threshold).toBeGreaterThan(0.2);
    expect(pairJudgeModel.threshold).toBeLessThan(0.8);
    expect(pairJudgeModel.rank.blend).toBeGreaterThanOrEqual(0);
    expect(pairJudgeModel.rank.blend).toBeLessThanOrEqual(1);
  });
});
