import { describe, expect, it } from "vitest";
import { analyzeSentence } from "../normalize/analyze-sentence";
import { judgePair } from "./pair-judge";

const ctx = { publishedAt: null };
const judge = (a: string, b: string) => judgePair(analyzeSentence(a, ctx), analyzeSentence(b, ctx));

describe("judgePair", () => {
  it("judges a reworded statement the same fact", () => {
    expect(judge("The council approved the new budget for the schools on Monday.", "On Monday the council approved the schools' new budget.")).toBeGreaterThan(0.5);
  });

  it("judges two statements about one subject different", () => {
    expect(judge("The council approved the new budget for the schools on Monday.", "Teachers at the schools say the council has ignored them for years.")).toBeLessThan(0.5);
  });

  it("ranks continuously: a related pair above an unrelated one, both above zero", () => {
    const related = judge("The ferry sank near the port of Vellin.", "A cargo ship ran aground near the port of Vellin.");
    const unrelated = judge("The ferry sank near the port of Vellin.", "The orchestra will tour three countries next spring.");
    expect(unrelated).toBeGreaterThan(0);
    expect(related).toBeGreaterThan(unrelated);
  });
});
