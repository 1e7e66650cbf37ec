import { describe, expect, it } from "vitest";
import { boundTokens, collapseMarkRuns, DIFF_LIMITS } from "./bound-tokens";
import { prepareDiffTokens, tokenizeForDiff } from "./diff-words";

const SENTENCE = " The council approved the new budget on Monday.";

describe("boundTokens", () => {
  it("leaves ordinary sentences token for token", () => {
    const tokens = tokenizeForDiff("Officials said — “briefly” — that the bridge (Pellan) closed...");
    expect(boundTokens(tokens)).toEqual(tokens);
  });

  it("joins a long run of marks into one token and keeps short runs", () => {
    expect(collapseMarkRuns(["a", "!", "!", "b"], 2)).toEqual(["a", "!", "!", "b"]);
    expect(collapseMarkRuns(["a", "!", " ", "?", "b", "!"], 2)).toEqual(["a", "! ?", "b", "!"]);
  });

  it("caps the issue's 150,000 quotes at a handful of tokens that give the text back", () => {
    const text = '"'.repeat(150_000) + SENTENCE;
    const tokens = prepareDiffTokens(text);
    expect(tokens.length).toBeLessThan(20);
    expect(tokens.join("")).toBe(text);
  });

  it("caps any side at maxTokens, the tail joined into the last token", () => {
    const text = Array.from({ length: 5_000 }, (_, i) => `w${i}`).join(" ");
    const tokens = prepareDiffTokens(text);
    expect(tokens).toHaveLength(DIFF_LIMITS.maxTokens);
    expect(tokens.join("")).toBe(text);
  });
});
