import { describe, expect, it } from "vitest";
import type { NumberMention } from "../types";
import { numbersAgree, precisionOf } from "./numbers-agree";

const n = (text: string, value: number, unit: string | null = null, bound: NumberMention["bound"] = "exact"): NumberMention => ({
  text,
  value,
  unit,
  bound,
  counted: null,
});

describe("numbersAgree", () => {
  it("reads a bound on a round figure as rounding, on a precise count as that count", () => {
    expect(numbersAgree(n("more than 1,000", 1000, null, "more"), n("1,140", 1140))).toBe(true);
    expect(numbersAgree(n("more than 300", 300, null, "more"), n("312", 312))).toBe(true);
    expect(numbersAgree(n("at least 12", 12, null, "more"), n("14", 14))).toBe(false);
    expect(numbersAgree(n("at least 27", 27, null, "more"), n("27", 27))).toBe(true);
  });
  it("matches equal figures and rejects different ones", () => {
    expect(numbersAgree(n("50", 50), n("fifty", 50))).toBe(true);
    expect(numbersAgree(n("50", 50), n("51", 51))).toBe(false);
  });
  it("tolerates rounding to the coarser figure, within 5%", () => {
    expect(numbersAgree(n("$2.5 billion", 2.5e9, "usd"), n("$2,480,000,000", 2.48e9, "usd"))).toBe(true);
    expect(numbersAgree(n("4.4%", 4.4, "%"), n("4.38%", 4.38, "%"))).toBe(true);
    expect(numbersAgree(n("4%", 4, "%"), n("4.4%", 4.4, "%"))).toBe(false);
    expect(numbersAgree(n("2 million", 2e6), n("2.4 million", 2.4e6))).toBe(false);
  });
  it("requires compatible units", () => {
    expect(numbersAgree(n("50 km", 50, "km"), n("50 miles", 50, "mi"))).toBe(false);
    expect(numbersAgree(n("50", 50), n("50 people", 50, "people"))).toBe(true);
  });
  it("lets about cover 10% either way", () => {
    const about = n("about 50", 50, null, "about");
    expect([48, 50, 52, 55].map((v) => numbersAgree(about, n(String(v), v)))).toEqual([true, true, true, true]);
    expect(numbersAgree(about, n("56", 56))).toBe(false);
    expect(numbersAgree(about, n("around 60", 60, null, "about"))).toBe(false);
  });
  it("reads lower and upper bounds as ranges", () => {
    const more = n("more than 50", 50, null, "more");
    expect(numbersAgree(more, n("50+", 50, null, "more"))).toBe(true);
    expect(numbersAgree(more, n("at least 52", 52, null, "more"))).toBe(true);
    expect(numbersAgree(more, n("more than 100", 100, null, "more"))).toBe(false);
    expect(numbersAgree(more, n("57", 57))).toBe(true);
    expect(numbersAgree(more, n("40", 40))).toBe(false);
    expect(numbersAgree(more, n("under 60", 60, null, "less"))).toBe(true);
    expect(numbersAgree(more, n("under 40", 40, null, "less"))).toBe(false);
    expect(numbersAgree(n("up to 40", 40, null, "less"), n("about 42", 42, null, "about"))).toBe(true);
  });
});

describe("precisionOf", () => {
  it("is the size of the last written digit", () => {
    expect(precisionOf(n("4.4%", 4.4, "%"))).toBeCloseTo(0.1);
    expect(precisionOf(n("$2.5 billion", 2.5e9, "usd"))).toBeCloseTo(1e8);
    expect(precisionOf(n("two million", 2e6))).toBe(1e6);
    expect(precisionOf(n("fifty", 50))).toBe(1);
  });
});
