import { describe, expect, it } from "vitest";
import { analyzeSentences } from "../normalize/analyze-sentence";
import { measureClaimLink } from "./claim-link-features";
import { createPairScorer } from "./pair-scorer";

const ctx = { publishedAt: "2026-10-08" };

function scorerOf(a: string[], b: string[]) {
  return createPairScorer([analyzeSentences(a, ctx), analyzeSentences(b, ctx)]);
}

describe("measureClaimLink", () => {
  it("counts shared weight whatever the length of the longer claim", () => {
    const short = scorerOf(["The council approved the bridge budget."], ["The council approved the bridge budget after a long night of argument about tolls, lanes and noise."]);
    const f = measureClaimLink(short, 0, 0, 1, 0);
    expect(f.sharedWeight).toBeGreaterThan(0);
    expect(f.alignedShare).toBeGreaterThan(0.2);
    expect(f.alignedShare).toBeLessThan(1);
    expect(f.rarestShared).toBeGreaterThan(0);
  });

  it("tells a match carried by names from one carried by other words", () => {
    const names = measureClaimLink(scorerOf(["Mara Quinley visited Oslo on Monday."], ["Mara Quinley criticised the new tariffs."]), 0, 0, 1, 0);
    const words = measureClaimLink(scorerOf(["The tariffs were criticised by farmers."], ["Farmers criticised the tariffs."]), 0, 0, 1, 0);
    expect(names.wordCover).toBeLessThan(words.wordCover);
    expect(words.wordCover).toBeGreaterThan(0.5);
  });

  it("places claims in their articles and reads the diagonal neighbours", () => {
    const a = ["The storm reached the coast.", "Ferries stopped running.", "Schools closed for two days."];
    const b = ["A storm hit the coast overnight.", "Ferry services stopped.", "The mayor asked people to stay home."];
    const scorer = scorerOf(a, b);
    const lead = measureClaimLink(scorer, 0, 0, 1, 0);
    expect(lead).toMatchObject({ posGap: 0, leadPair: 1 });
    expect(lead.diagSupport).toBeCloseTo(scorer.score(0, 1, 1, 1));
    const apart = measureClaimLink(scorer, 0, 0, 1, 2);
    expect(apart.posGap).toBeCloseTo(2 / 3);
    expect(apart.diagSupport).toBe(0);
  });

  it("gives zeros, not NaN, for claims that share nothing", () => {
    const f = measureClaimLink(scorerOf(["Prices rose sharply."], ["The orchestra toured Spain."]), 0, 0, 1, 0);
    expect(f).toMatchObject({ sharedWeight: 0, rarestShared: 0, alignedShare: 0, softShare: 0 });
  });

  it("reads a short claim's words densely in its best stretch of a long sentence", () => {
    const scorer = scorerOf(["The ferry stopped at dawn."], ["Crowds gathered by the harbour wall as the ferry stopped at dawn, while vendors sold tea and bread."]);
    const f = measureClaimLink(scorer, 0, 0, 1, 0);
    expect(f.windowCover).toBe(1);
    expect(scorer.coverage(1, 0, 0, [0])).toBeLessThan(0.6);
    expect(f.bigramShare).toBeGreaterThan(0);
    const scattered = measureClaimLink(scorerOf(["The ferry stopped at dawn."], ["At dawn crowds gathered, vendors sold tea, and later the ferry stopped."]), 0, 0, 1, 0);
    expect(scattered.windowCover).toBeLessThan(1);
  });

  it("tells counts of one noun that agree from counts that differ", () => {
    const clash = measureClaimLink(scorerOf(["Thieves took nine pieces."], ["Thieves took eight pieces."]), 0, 0, 1, 0);
    expect(clash).toMatchObject({ sameCount: 0, countClash: 1 });
    const same = measureClaimLink(scorerOf(["Thieves took nine pieces."], ["Nine pieces were taken."]), 0, 0, 1, 0);
    expect(same).toMatchObject({ sameCount: 1, countClash: 0 });
  });
});
