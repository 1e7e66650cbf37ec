import { describe, expect, it } from "vitest";
import type { Lexicon } from "../types";
import { createLexicon, isCommonWord, shareSynset, WIDE_SENSE, wordnetLexicon } from "./lexicon";
import lexiconData from "./lexicon-data.json";
import { deinflectWord } from "./stem";

const plainWordnet = createLexicon(lexiconData);

// Looks a surface word up the way analyzeSentence does: the word, then its dictionary forms.
function lemmaOf(lexicon: Lexicon, word: string): string {
  if (lexicon.synsets(word).length > 0) return word;
  return deinflectWord(word).find((lemma) => lexicon.synsets(lemma).length > 0) ?? word;
}

function linked(lexicon: Lexicon, a: string, b: string): boolean {
  const lemmas = (word: string) => [word, ...deinflectWord(word)].filter((l) => lexicon.synsets(l).length > 0);
  return lemmas(a).some((la) => lemmas(b).some((lb) => shareSynset(lexicon, la, lb)));
}

describe("WordNet alone", () => {
  it.each([
    ["talks", "negotiations"],
    ["rejected", "turn down"],
    ["declined", "rejected"],
    ["said", "stated"],
    ["help", "assist"],
    // A word's main sense meets another's rarer one: "household" is "home"'s eighth sense.
    ["households", "homes"],
    ["electricity", "power"],
  ])("links %s ~ %s", (a, b) => {
    expect(linked(plainWordnet, a, b)).toBe(true);
  });

  it("lets a rare sense meet a main sense, never another rare sense", () => {
    const lexicon = createLexicon({ source: "test", version: 1, entries: "alpha\tk1 ~k2\nbeta\t~k2\ngamma\tk2" });
    expect(shareSynset(lexicon, "alpha", "beta")).toBe(false);
    expect(shareSynset(lexicon, "beta", "gamma")).toBe(true);
    expect(shareSynset(lexicon, "gamma", "alpha")).toBe(true);
  });

  // Documented gaps the supplement fills (see lexicon-supplement.ts).
  it.each([
    ["rejected", "denied"],
    ["killed", "slain"],
    ["meeting", "talks"],
  ])("does not link %s ~ %s", (a, b) => {
    expect(linked(plainWordnet, a, b)).toBe(false);
  });
});

describe("wordnetLexicon (with the news supplement)", () => {
  it.each([
    ["rejected", "denied"],
    ["killed", "slain"],
    ["refused", "rejected"],
    ["talks", "negotiations"],
  ])("links %s ~ %s", (a, b) => {
    expect(linked(wordnetLexicon, a, b)).toBe(true);
  });

  it("still keeps meeting and talks apart", () => {
    expect(linked(wordnetLexicon, "meeting", "talks")).toBe(false);
  });

  it("lists phrasal verbs as one lemma", () => {
    for (const lemma of ["turn down", "call for", "step down"]) {
      expect(wordnetLexicon.synsets(lemma).length, lemma).toBeGreaterThan(0);
    }
  });

  it("returns the same frozen array for repeated lookups and nothing for unknown words", () => {
    expect(wordnetLexicon.synsets("talks")).toBe(wordnetLexicon.synsets("talks"));
    expect(wordnetLexicon.synsets("zzqx")).toEqual([]);
    expect(lemmaOf(wordnetLexicon, "negotiations")).toBe("negotiation");
  });

  it("keeps at most a few main senses per lemma, and a bounded number of rare ones", () => {
    const main = (lemma: string) => plainWordnet.synsets(lemma).filter((k) => !k.startsWith(WIDE_SENSE));
    expect(main("say").length).toBeLessThanOrEqual(3);
    expect(main("kill").length).toBeLessThanOrEqual(6);
    expect(plainWordnet.synsets("fall").length).toBeLessThanOrEqual(12 * 2);
  });
});

describe("isCommonWord", () => {
  it("tells ordinary words from names", () => {
    expect(isCommonWord("report")).toBe(true);
    expect(isCommonWord("crisis")).toBe(true);
    expect(isCommonWord("lukashenko")).toBe(false);
    expect(isCommonWord("zelensky")).toBe(false);
  });
});
