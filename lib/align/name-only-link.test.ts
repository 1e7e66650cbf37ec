import { describe, expect, it } from "vitest";
import { analyzeSentences } from "../normalize/analyze-sentence";
import { wordnetLexicon } from "../normalize/lexicon";
import { findTitleStems, sharesOnlyNames } from "./name-only-link";
import { buildSentenceBag } from "./sentence-bag";
import { computeTermWeights } from "./term-weights";

// Our own sentences: a governor who signs a bill, and a letter sent to her about a strike.
const TEXTS = [
  "Governor Maren Holt signed the water bill into law on Tuesday.",
  "Union leaders sent a letter to Governor Maren Holt about the dock strike.",
  "Governor Maren Holt approved the water bill late on Tuesday.",
  "Union leaders met Maren Holt about the dock strike.",
  "Union leaders met Maren Holt on the pier.",
];

const sides = () => {
  const analyses = analyzeSentences(TEXTS, { publishedAt: null }, wordnetLexicon);
  const weights = computeTermWeights(analyses);
  return analyses.map((analysis) => ({ analysis, bag: buildSentenceBag(analysis, weights) }));
};

describe("sharesOnlyNames", () => {
  it("reads the noun right before a person's name as a title", () => {
    const [signed] = sides();
    expect([...findTitleStems(signed!.analysis)]).toEqual(["governor"]);
  });

  it("calls two claims that share only a name and its title name-only", () => {
    const [signed, letter] = sides();
    expect(sharesOnlyNames(signed!, letter!)).toBe(true);
  });

  it("keeps a pair that also shares what was done", () => {
    const [signed, , approved] = sides();
    expect(sharesOnlyNames(signed!, approved!)).toBe(false);
  });

  it("keeps a shared verb before the name as evidence, not a title", () => {
    const [, , , metStrike, metPier] = sides();
    expect(sharesOnlyNames(metStrike!, metPier!)).toBe(false);
  });
});
