import { describe, expect, it } from "vitest";
import { diffWords, tokenizeForDiff } from "./diff-words";

const rebuild = (ops: [number, string][], side: -1 | 1) =>
  ops.filter(([op]) => op === 0 || op === side).map(([, t]) => t).join("");

describe("diffWords", () => {
  it("marks whole words, not letters", () => {
    const ops = diffWords("The mayor said 12 people died.", "The mayor said 14 people died.");
    expect(ops).toEqual([
      [0, "The mayor said "],
      [-1, "12"],
      [1, "14"],
      [0, " people died."],
    ]);
  });

  it("reconstructs both sentences exactly", () => {
    const a = "Officials confirmed the bridge closed on Monday — briefly.";
    const b = "The bridge was closed on Tuesday, officials said.";
    const ops = diffWords(a, b);
    expect(rebuild(ops, -1)).toBe(a);
    expect(rebuild(ops, 1)).toBe(b);
  });

  it("returns one equal op for identical text and handles empty input", () => {
    expect(diffWords("Same words here.", "Same words here.")).toEqual([[0, "Same words here."]]);
    expect(diffWords("", "New text")).toEqual([[1, "New text"]]);
    expect(diffWords("", "")).toEqual([]);
  });

  it("keeps apostrophes inside words and many distinct tokens intact", () => {
    expect(tokenizeForDiff("Belarus’s chief didn't")).toEqual(["Belarus’s", " ", "chief", " ", "didn't"]);
    const many = Array.from({ length: 3000 }, (_, i) => `w${i}`).join(" ");
    expect(rebuild(diffWords(many, many + " end"), 1)).toBe(many + " end");
  });
});

describe("diffWords on pathological input (issue 3)", () => {
  const sentence = "The council approved the new budget on Monday.";

  it("diffs 150,000 straight quotes against 75,000 curly ones as one replaced run", () => {
    const a = '"'.repeat(150_000) + " " + sentence;
    const b = "“".repeat(75_000) + " " + sentence;
    expect(diffWords(a, b)).toEqual([
      [-1, '"'.repeat(150_000) + " "],
      [1, "“".repeat(75_000) + " "],
      [0, sentence],
    ]);
  });

  it("stays exact past the token cap, where more than 63,000 distinct words once overflowed the codes", () => {
    const a = Array.from({ length: 70_000 }, (_, i) => `a${i}`).join(" ");
    const b = Array.from({ length: 70_000 }, (_, i) => `b${i}`).join(" ");
    const ops = diffWords(a, b);
    expect(rebuild(ops, -1)).toBe(a);
    expect(rebuild(ops, 1)).toBe(b);
  });
});
