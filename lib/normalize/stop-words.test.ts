import { describe, expect, it } from "vitest";
import { isStopWord, listStopWords } from "./stop-words";

describe("isStopWord", () => {
  it("knows function words and news fillers", () => {
    for (const word of ["the", "of", "and", "which", "also", "however", "meanwhile", "reportedly"]) {
      expect(isStopWord(word), word).toBe(true);
    }
  });

  it("keeps content words, reporting verbs and names", () => {
    for (const word of ["talks", "said", "rejected", "kiev", "missiles", "week"]) {
      expect(isStopWord(word), word).toBe(false);
    }
  });

  it("accepts contractions with either apostrophe", () => {
    expect(isStopWord("don't")).toBe(true);
    expect(isStopWord("don’t")).toBe(true);
  });

  it("lists lowercase single words only", () => {
    for (const word of listStopWords()) expect(word).toMatch(/^[a-z']+$/);
  });
});
