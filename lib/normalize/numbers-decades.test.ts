import { describe, expect, it } from "vitest";
import { extractNumbers } from "./numbers";
import { numbersAgree } from "./numbers-agree";
import { analyzeSentence } from "./analyze-sentence";
import { datesAgree } from "./dates";
import { classifyGroup } from "../classify/classify-group";

const first = (text: string) => extractNumbers(text)[0]!;

describe("ages by decade", () => {
  it("reads an age decade as years with the range it allows", () => {
    expect(extractNumbers("The driver, in his late 30s, was unhurt.")).toEqual([
      { text: "late 30s", value: 37.5, unit: "years", bound: "about", counted: null, range: [36, 39], start: 19, end: 27 },
    ]);
    expect(first("a nurse in her early fifties").range).toEqual([50, 53]);
    expect(first("a teacher in his 40s").range).toEqual([40, 49]);
    expect(first("Both men, in mid-60s, were rescued.").range).toEqual([63, 66]);
  });

  it("leaves eras alone", () => {
    expect(extractNumbers("Music of the 80s filled the hall.")).toEqual([]);
    expect(extractNumbers("Prices fell in the late 1990s.").some((n) => n.range)).toBe(false);
  });

  it("agrees with an age inside the decade's part and not with one outside it", () => {
    const late30s = first("He is in his late 30s.");
    expect(numbersAgree(late30s, first("a 38-year-old man"))).toBe(true);
    expect(numbersAgree(late30s, first("a 40-year-old man"))).toBe(false);
    expect(numbersAgree(first("aged in her 40s"), first("a 47-year-old woman"))).toBe(true);
  });

  it("makes two outlets' ages a number conflict with each one's value", () => {
    const ctx = { publishedAt: "2031-04-02" };
    const side = (sourceId: string, text: string) => ({ sourceId, text, analysis: analyzeSentence(text, ctx) });
    const r = classifyGroup([side("s1", "The sole survivor, a 40-year-old teacher, was treated in hospital."), side("s2", "The sole survivor, a teacher in his late 30s, was treated in hospital.")], { numbersAgree, datesAgree });
    expect(r.conflicts).toEqual([{ type: "number", values: [{ sourceId: "s1", text: "40-year" }, { sourceId: "s2", text: "late 30s" }] }]);
  });
});
