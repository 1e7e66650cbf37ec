import { describe, expect, it } from "vitest";
import { extractNumbers } from "./numbers";
import { numbersAgree } from "./numbers-agree";

const read = (text: string) => extractNumbers(text).map((n) => [n.text, n.value, n.unit]);

describe("fractions and ranges in figures", () => {
  it("reads a whole figure with its fraction as one value", () => {
    expect(read("The board set the range at 3-3/4 to 4 percent.")).toEqual([["3-3/4", 3.75, "%"], ["4 percent", 4, "%"]]);
    expect(read("Shares closed at 12¼ on Friday.")).toEqual([["12¼", 12.25, null]]);
    expect(read("The hearing lasted 2 1/2 hours.")).toEqual([["2 1/2 hours", 2.5, "hours"]]);
  });

  it("leaves slashes that are not fractions alone", () => {
    expect(read("Flight 7 left 3 10/29 at dawn.").map(([text]) => text)).not.toContain("3 10/29");
    expect(read("Open 24/7 since 2019.")).toEqual([]);
    expect(read("Rule 3-5/4/2 applies.").some(([, value]) => value === 3.25)).toBe(false);
  });

  it("gives a range's bare first figure the unit written after the second", () => {
    expect(read("a target range of 3.75-4%")).toEqual([["3.75", 3.75, "%"], ["4%", 4, "%"]]);
    expect(read("between 5.25 and 5.5 per cent")).toEqual([["5.25", 5.25, "%"], ["5.5 per cent", 5.5, "%"]]);
    // Not a range: a count beside a share.
    expect(read("3 ministers backed a 4% rise")).toEqual([["3", 3, null], ["4%", 4, "%"]]);
  });

  it("agrees on one rate written as a fraction and as a decimal", () => {
    const [a] = extractNumbers("cut to 3-3/4 percent");
    const [b] = extractNumbers("cut to 3.75%");
    expect(numbersAgree(a!, b!)).toBe(true);
  });
});
