import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { extractNumbers } from "./numbers";

const read = (text: string) => extractNumbers(text).map((n) => [n.text, n.value, n.unit, n.bound]);

describe("extractNumbers: figures", () => {
  it("reads grouped, decimal and percent figures", () => {
    expect(read("Output rose 4.4% to 1,200 units, or 1,200.50 tonnes.")).toEqual([
      ["4.4%", 4.4, "%", "exact"],
      ["1,200", 1200, null, "exact"],
      ["1,200.50 tonnes", 1200.5, "t", "exact"],
    ]);
  });
  it("reads money with scales and currency signs", () => {
    expect(read("A $2.5 billion loan, €40m in aid and US$3bn more.")).toEqual([
      ["$2.5 billion", 2.5e9, "usd", "exact"],
      ["€40m", 4e7, "eur", "exact"],
      ["US$3bn", 3e9, "usd", "exact"],
    ]);
    expect(read("They paid 3 million dollars and 12 euros.")).toEqual([
      ["3 million dollars", 3e6, "usd", "exact"],
      ["12 euros", 12, "eur", "exact"],
    ]);
  });
  it("names what a bare count counts, and nothing when a unit or another word follows", () => {
    const counted = (text: string) => extractNumbers(text).map((n) => n.counted);
    expect(counted("About 2,300 jobs will go and 412 flights were cancelled.")).toEqual(["job", "flight"]);
    expect(counted("1,900 of them left; 40 Reuters staff; 12 people; 4.4% more.")).toEqual([null, null, null, null]);
  });

  it("normalises unit spellings", () => {
    const units = extractNumbers("25 percent, 3.5 per cent, 40 kilometres, 5km, 12 miles, 8 days").map((n) => n.unit);
    expect(units).toEqual(["%", "%", "km", "km", "mi", "days"]);
  });
  it("reads speeds in one, two or three words", () => {
    expect(read("winds of 185 mph (295 kph), then 160 miles per hour and 250 kilometres per hour")).toEqual([
      ["185 mph", 185, "mph", "exact"], ["295 kph", 295, "kph", "exact"], ["160 miles per hour", 160, "mph", "exact"], ["250 kilometres per hour", 250, "kph", "exact"],
    ]);
    expect(read("12 miles from the coast")).toEqual([["12 miles", 12, "mi", "exact"]]);
  });

  it("reads a unit glued by a hyphen", () => {
    expect(read("a 50-year-old envoy")).toEqual([["50-year", 50, "years", "exact"]]);
  });
});

describe("extractNumbers: number words", () => {
  it("reads spelled-out numbers", () => {
    expect(extractNumbers("fifty guards, twenty-five boats, two hundred and fifty thousand voters").map((n) => n.value)).toEqual([
      50, 25, 250000,
    ]);
  });
  it("reads article and fraction forms", () => {
    expect(read("a dozen drones and half a million people and a hundred ships")).toEqual([
      ["a dozen", 12, null, "exact"],
      ["half a million people", 5e5, "people", "exact"],
      ["a hundred", 100, null, "exact"],
    ]);
  });
  it("skips pronoun uses of one", () => {
    expect(read("No one came and one of them left.")).toEqual([]);
    expect(read("One soldier was hurt.")).toEqual([["One", 1, null, "exact"]]);
  });
});

describe("extractNumbers: bounds", () => {
  it("reads bounds before and after", () => {
    expect(extractNumbers("more than 50, over 60, at least 70, 80+, 90 or more").map((n) => n.bound)).toEqual(
      Array(5).fill("more"),
    );
    expect(extractNumbers("fewer than 5, under 6, less than 7, up to 8, no more than 9").map((n) => n.bound)).toEqual(
      Array(5).fill("less"),
    );
    expect(extractNumbers("about 1, around 2, nearly 3, almost 4, some 5, roughly 6, approximately 7").map((n) => n.bound)).toEqual(
      Array(7).fill("about"),
    );
  });
  it("keeps the bound in the text as written", () => {
    expect(extractNumbers("the release of more than 50 political prisoners")[0]?.text).toBe("more than 50");
  });
});

describe("extractNumbers: not quantities", () => {
  it("leaves years, day numbers and times to dates", () => {
    expect(read("In 2024, since 1994, on Oct. 19 and 19 October 2025, at 5 p.m. and 10:30 GMT.")).toEqual([]);
  });
  it("skips codes, ordinals, decades and slashes", () => {
    expect(read("GLP-1 and G7 on 5G, open 24/7, the 19th time, the 1990s.")).toEqual([]);
  });
  it("keeps year-shaped figures that carry a unit or bound", () => {
    expect(read("2000 people and more than 1990 troops")).toEqual([
      ["2000 people", 2000, "people", "exact"],
      ["more than 1990", 1990, null, "more"],
    ]);
  });
  it("does not count the words of relative dates", () => {
    expect(read("It ended two days ago.")).toEqual([]);
  });
});

describe("extractNumbers: robustness", () => {
  it("never throws and keeps mention text inside the input", () => {
    const piece = fc.constantFrom("more than", " ", "50", "1,200", ".", "%", "$", "bn", "-", "five", "a", "half", "million", "Oct.", "2024", ":", "+", "one");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (parts) => {
        const text = parts.join(" ");
        for (const m of extractNumbers(text)) {
          expect(text.includes(m.text)).toBe(true);
          expect(Number.isFinite(m.value)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });
  it("reads long text without a hang (the timeout is the guard)", () => {
    const text = "More than 50 people, $2.5 billion, 4.4% and twenty-five boats on Oct. 19, 2025. ".repeat(200);
    expect(extractNumbers(text)).toHaveLength(800);
  }, 15_000);
});
