import { describe, expect, it } from "vitest";
import { countWords, tokenize } from "./tokenize";

describe("tokenize", () => {
  it("gives words, numbers and marks with offsets that index the sentence", () => {
    const text = "Kessel’s port lost 4.5% — about 1,200 jobs.";
    const tokens = tokenize(text);
    expect(tokens.map((t) => [t.text, t.kind])).toEqual([
      ["Kessel’s", "word"], ["port", "word"], ["lost", "word"], ["4.5%", "number"], ["—", "mark"],
      ["about", "word"], ["1,200", "number"], ["jobs", "word"], [".", "mark"],
    ]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(countWords(tokens, 0, tokens.length)).toBe(7);
  });

  it("keeps accents and hyphenated words whole, and is linear on a long run", () => {
    expect(tokenize("Orbán’s well-known café").map((t) => t.text)).toEqual(["Orbán’s", "well-known", "café"]);
    expect(tokenize("-".repeat(200_000))).toHaveLength(200_000);
  });
});
