import { describe, expect, it } from "vitest";
import { analyzeSentences } from "../normalize/analyze-sentence";
import { measureLinks } from "./link-features";
import { createPairScorer } from "./pair-scorer";

const ctx = { publishedAt: "2026-10-08" };

function featuresOf(a: string, b: string) {
  const scorer = createPairScorer([analyzeSentences([a], ctx), analyzeSentences([b], ctx)]);
  const [link] = measureLinks(0, 1, [[{ source: 0, index: 0 }, { source: 1, index: 0 }]], scorer);
  return link!.features;
}

describe("measureLinks", () => {
  it("marks the same figure in digits, whatever words surround it", () => {
    const f = featuresOf("It said the project would employ about 900 people.", "The mine was expected to create some 900 jobs.");
    expect(f.sameFigure).toBe(1);
  });

  it("marks two amounts of one kind as the same slot, not the same figure", () => {
    const f = featuresOf("The company had planned to invest $1.1 billion in the mine.", "Greyholt had budgeted $1.4 billion for the project.");
    expect(f).toMatchObject({ sameFigure: 0, sameQuantity: 1 });
  });

  it("takes two bare counts of the same noun for one slot", () => {
    const f = featuresOf("About 2,300 jobs will go at the factory.", "The carmaker said 1,900 jobs would be lost.");
    expect(f).toMatchObject({ sameFigure: 0, sameQuantity: 1 });
    const other = featuresOf("About 2,300 jobs will go at the factory.", "The plant built 1,900 cars last month.");
    expect(other.sameQuantity).toBe(0);
  });

  it("does not take amounts of very different size for one slot", () => {
    const f = featuresOf("The company will invest 600 million euros in batteries.", "Analysts said the closure would save about 150 million euros a year.");
    expect(f.sameQuantity).toBe(0);
  });

  it("ignores figures in words and sentences without figures", () => {
    const f = featuresOf("The judges split six to three.", "The court ruled by a margin of six to three.");
    expect(f).toMatchObject({ sameFigure: 0, sameQuantity: 0 });
  });

  it("keeps the pair score and both coverages between 0 and 1", () => {
    const f = featuresOf("Shares fell 14 percent in London.", "Shares slid 11% in London on Thursday.");
    for (const name of ["p", "coverS", "coverT", "rowRel", "colRel"] as const) {
      expect(f[name]).toBeGreaterThanOrEqual(0);
      expect(f[name]).toBeLessThanOrEqual(1);
    }
  });
});
