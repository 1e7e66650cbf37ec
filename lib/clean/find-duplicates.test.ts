import { describe, expect, it } from "vitest";
import { findDuplicates } from "./find-duplicates";

const LONG = "The county council agreed on Tuesday to rebuild the flood wall along the Mere river before winter.";

describe("findDuplicates", () => {
  it("finds exact repeats after an earlier text, keeping the first", () => {
    expect(findDuplicates(["A.", "B.", "A.", "C.", "B."])).toEqual([2, 4]);
  });

  it("ignores case, curly quotes, dashes and spacing", () => {
    const first = "She said “it’s over” — for now.";
    const second = 'she  said "it\'s over" - for now.';
    expect(findDuplicates([first, second])).toEqual([1]);
  });

  it("finds near copies of long texts", () => {
    const paragraph = `${LONG} Work is expected to start in March and to last about two years, the council's engineer told the meeting.`;
    const edited = paragraph.replace("on Tuesday ", "on Tuesday evening ");
    expect(findDuplicates([paragraph, edited])).toEqual([1]);
  });

  it("does not merge long texts that differ in a number", () => {
    const other = LONG.replace("before winter", "within 18 months at a cost of 4 million pounds");
    expect(findDuplicates([LONG, other])).toEqual([]);
  });

  it("treats short texts as duplicates only when identical", () => {
    expect(findDuplicates(["The vote was 52-48.", "The vote was 51-49.", "He declined to comment."])).toEqual([]);
  });

  it("skips empty texts and punctuation-only texts", () => {
    expect(findDuplicates(["", "...", "", "..."])).toEqual([]);
  });

  it("finishes when thousands of texts share common word pairs (the timeout guards a hang)", () => {
    const texts = Array.from({ length: 20_000 }, (_, i) => `Officials said on Monday that ${i} people in district ${i * 7} were moved.`);
    expect(findDuplicates(texts)).toEqual([]);
  }, 15_000);
});
