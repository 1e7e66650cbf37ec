import { describe, expect, it } from "vitest";
import type { AnalyzeContext } from "../types";
import { extractDates, findDateSpans } from "./dates";

// 2025-10-20 is a Monday.
const PUB: AnalyzeContext = { publishedAt: "2025-10-20" };
const NONE: AnalyzeContext = { publishedAt: null };
const read = (text: string, ctx: AnalyzeContext = PUB) => extractDates(text, ctx).map((d) => [d.text, d.value]);

describe("extractDates: absolute dates", () => {
  it("reads month-day-year in both orders, abbreviated or not", () => {
    expect(read("Talks on October 19, 2025, then 19 Oct 2025, then Oct. 19.")).toEqual([
      ["October 19, 2025", "2025-10-19"],
      ["19 Oct 2025", "2025-10-19"],
      ["Oct. 19", "2025-10-19"],
    ]);
    expect(read("on Sunday, Oct. 19, 2025")).toEqual([["Sunday, Oct. 19, 2025", "2025-10-19"]]);
  });
  it("reads ISO dates and month-year", () => {
    expect(read("Filed 2025-10-19 for March 2024 and mid-2024.", NONE)).toEqual([
      ["2025-10-19", "2025-10-19"],
      ["March 2024", "2024-03"],
      ["mid-2024", "2024"],
    ]);
  });
  it("reads years with their modifiers", () => {
    expect(read("He ruled since 1994, before the 2022 war and talks in late 2024.", NONE)).toEqual([
      ["1994", "1994"],
      ["2022", "2022"],
      ["late 2024", "2024"],
    ]);
  });
  it("does not take quantities or decades for years", () => {
    expect(read("2000 people, more than 2000 troops, $2024, 2024.5 and the 1990s.", NONE)).toEqual([]);
  });
  it("falls back to the year of an impossible date", () => {
    expect(read("February 30, 2025 and 2025-13-01", NONE)).toEqual([
      ["2025", "2025"],
      ["2025", "2025"],
    ]);
  });
});

describe("extractDates: months and weekdays", () => {
  it("resolves a bare month into the past of the publication date", () => {
    expect(read("remarks from September")).toEqual([["September", "2025-09"]]);
    expect(read("remarks from November")).toEqual([["November", "2024-11"]]);
    expect(read("in October")).toEqual([["October", "2025-10"]]);
    expect(read("held in Alaska this past August")).toEqual([["this past August", "2025-08"]]);
    expect(read("talks next March")).toEqual([["next March", "2026-03"]]);
  });
  it("looks ahead when the sentence is in the future tense, but not too far", () => {
    expect(read("They will meet in November.")).toEqual([["November", "2025-11"]]);
    expect(read("Having met in August, they will meet again.")).toEqual([["August", "2025-08"]]);
  });
  it("needs a cue word for a month alone, so names stay names", () => {
    expect(read("Theresa May spoke; May was calm.")).toEqual([]);
    expect(read("in May", NONE)).toEqual([["May", "month:5"]]);
  });
  it("resolves weekdays around the publication date", () => {
    expect(read("on Sunday")).toEqual([["on Sunday", "2025-10-19"]]);
    expect(read("last Monday")).toEqual([["last Monday", "2025-10-13"]]);
    expect(read("on Monday")).toEqual([["on Monday", "2025-10-20"]]);
    expect(read("next Friday")).toEqual([["next Friday", "2025-10-24"]]);
    expect(read("The leaders will meet on Thursday.")).toEqual([["on Thursday", "2025-10-23"]]);
  });
  it("keeps partial values without a publication date", () => {
    expect(read("on Sunday, in September, on October 19", NONE)).toEqual([
      ["on Sunday", "weekday:0"],
      ["September", "month:9"],
      ["October 19", "month:10-19"],
    ]);
  });
});

describe("extractDates: relative expressions", () => {
  it("resolves days, weeks, months and years", () => {
    expect(read("yesterday, today, tomorrow")).toEqual([
      ["yesterday", "2025-10-19"],
      ["today", "2025-10-20"],
      ["tomorrow", "2025-10-21"],
    ]);
    expect(read("Last month, this month, next month")).toEqual([
      ["Last month", "2025-09"],
      ["this month", "2025-10"],
      ["next month", "2025-11"],
    ]);
    expect(read("earlier this year and late last year")).toEqual([
      ["earlier this year", "2025"],
      ["late last year", "2024"],
    ]);
    expect(read("last week and this week")).toEqual([
      ["last week", "2025-10-13/2025-10-19"],
      ["this week", "2025-10-20/2025-10-26"],
    ]);
    expect(read("two days ago, last weekend")).toEqual([
      ["two days ago", "2025-10-18"],
      ["last weekend", "2025-10-18/2025-10-19"],
    ]);
  });
  it("resolves months with a month-only publication date", () => {
    expect(read("last month, yesterday", { publishedAt: "2025-10" })).toEqual([
      ["last month", "2025-09"],
      ["yesterday", "relative:yesterday"],
    ]);
  });
  it("stays relative without a publication date", () => {
    expect(read("Last month and last week", NONE)).toEqual([
      ["Last month", "relative:last-month"],
      ["last week", "relative:last-week"],
    ]);
  });
});

describe("findDateSpans", () => {
  it("gives the offsets other extractors must leave alone", () => {
    const text = "On Oct. 19 in 2024";
    expect(findDateSpans(text).map((s) => text.slice(s.start, s.end))).toEqual(["Oct. 19", "2024"]);
  });
  it("reads long text without a hang (the timeout is the guard)", () => {
    const text = "On Sunday, Oct. 19, 2025, about 50 people met in late 2024 and last week. ".repeat(200);
    expect(extractDates(text, PUB)).toHaveLength(600);
  }, 15_000);
});
