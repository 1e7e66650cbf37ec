import { describe, expect, it } from "vitest";
import { findVariantSpans, matchesQuery } from "./search-match";

// Invented sentences, spelt as different outlets would.
const REUTERS_STYLE = "President Volodymyr Zelenskiy's office said the talks in Kyiv would resume.";
const OTHER_STYLE = "Zelenskyy met the mayor of Kharkov on Friday.";

describe("matchesQuery", () => {
  it("finds a name spelt another way", () => {
    expect(matchesQuery(REUTERS_STYLE, "Zelensky")).toBe(true);
    expect(matchesQuery(OTHER_STYLE, "zelensky")).toBe(true);
    expect(matchesQuery(OTHER_STYLE, "Kharkiv")).toBe(true);
  });

  it("still finds what is typed, part of a word included", () => {
    expect(matchesQuery(REUTERS_STYLE, "talks in ky")).toBe(true);
    expect(matchesQuery("Le café était fermé.", "cafe")).toBe(true);
  });

  it("does not match other words", () => {
    expect(matchesQuery(REUTERS_STYLE, "Zelda")).toBe(false);
    expect(matchesQuery(REUTERS_STYLE, "")).toBe(false);
  });
});

describe("findVariantSpans", () => {
  it("gives where the variant stands in the original text, possessive included", () => {
    const [span] = findVariantSpans(REUTERS_STYLE, "Zelensky");
    expect(REUTERS_STYLE.slice(span![0], span![1])).toBe("Zelenskiy's");
  });

  it("matches several words in a row", () => {
    const [span] = findVariantSpans(REUTERS_STYLE, "Vladimir Zelensky");
    expect(REUTERS_STYLE.slice(span![0], span![1])).toBe("Volodymyr Zelenskiy's");
  });
});
