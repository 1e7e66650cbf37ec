import { describe, expect, it } from "vitest";
import { analyzeSentences } from "../normalize/analyze-sentence";
import { DEFAULT_ALIGN_OPTIONS } from "./align-sentences";
import { findCandidates } from "./find-candidates";
import { measureLinks } from "./link-features";
import { linkSourcePair } from "./link-source-pair";
import { createPairScorer } from "./pair-scorer";

// One outlet states the closure once; another states it in its headline and again lower down.
const once = ["The Orvel bridge closed to all traffic on Tuesday after engineers found cracks in its main span."];
const twice = [
  "Orvel bridge closed to traffic after engineers find cracks in main span",
  "Local bakeries reported a busy morning across the old town.",
  "Engineers found cracks in the main span of the Orvel bridge, which closed to all traffic on Tuesday.",
];

function scoredPairs(w: number) {
  const scorer = createPairScorer([analyzeSentences(once, { publishedAt: null }), analyzeSentences(twice, { publishedAt: null })]);
  const scored = measureLinks(0, 1, findCandidates(scorer.bags), scorer).map((x) => ({ ...x, w }));
  return { scorer, scored };
}

describe("linkSourcePair", () => {
  it("links a claim to one claim of the other source by default", () => {
    const { scorer, scored } = scoredPairs(0.9);
    const links = linkSourcePair(0, 1, scored, scorer, { ...DEFAULT_ALIGN_OPTIONS, maxRun: 1 });
    expect(links.map((l) => l.runT)).toHaveLength(1);
  });

  it("links it to every restatement the link model is sure of, with manyLinks", () => {
    const { scorer, scored } = scoredPairs(0.9);
    const links = linkSourcePair(0, 1, scored, scorer, { ...DEFAULT_ALIGN_OPTIONS, maxRun: 1, manyLinks: 0.5 });
    expect(links.flatMap((l) => l.runT).sort()).toEqual([0, 2]);
  });

  it("keeps to the one best link when the extra pairs fall short of manyLinks", () => {
    const { scorer, scored } = scoredPairs(0.4);
    const links = linkSourcePair(0, 1, scored, scorer, { ...DEFAULT_ALIGN_OPTIONS, maxRun: 1, manyLinks: 0.5 });
    expect(links).toHaveLength(1);
  });
});
