import { describe, expect, it } from "vitest";
import type { DateMention } from "../types";
import { datesAgree } from "./dates-agree";
import { extractDates } from "./dates";

const d = (value: string | null, text = value ?? "?"): DateMention => ({ text, value });

describe("datesAgree: absolute values", () => {
  it("agrees on equal or nested values", () => {
    expect(datesAgree(d("2025-10-19"), d("2025-10-19"))).toBe(true);
    expect(datesAgree(d("2025-10"), d("2025-10-19"))).toBe(true);
    expect(datesAgree(d("2025"), d("2025-10-19"))).toBe(true);
  });
  it("disagrees on disjoint values", () => {
    expect(datesAgree(d("2025-10-18"), d("2025-10-19"))).toBe(false);
    expect(datesAgree(d("2024"), d("2025-10"))).toBe(false);
  });
  it("compares week ranges by overlap", () => {
    expect(datesAgree(d("2025-10-13/2025-10-19"), d("2025-10-15"))).toBe(true);
    expect(datesAgree(d("2025-09-29/2025-10-05"), d("2025-10"))).toBe(true);
    expect(datesAgree(d("2025-10-13/2025-10-19"), d("2025-10-02"))).toBe(false);
  });
});

describe("datesAgree: partial values", () => {
  it("compares bare months with months and days", () => {
    expect(datesAgree(d("month:9"), d("2025-09"))).toBe(true);
    expect(datesAgree(d("month:9"), d("2025-09-14"))).toBe(true);
    expect(datesAgree(d("month:9"), d("2025-10"))).toBe(false);
    expect(datesAgree(d("month:9"), d("month:9"))).toBe(true);
    expect(datesAgree(d("month:9"), d("month:10"))).toBe(false);
    expect(datesAgree(d("month:10-19"), d("2025-10-19"))).toBe(true);
    expect(datesAgree(d("month:10-19"), d("month:10-18"))).toBe(false);
  });
  it("says nothing of a month against a whole year", () => {
    expect(datesAgree(d("month:9"), d("2025"))).toBeNull();
  });
  it("compares weekdays with days", () => {
    expect(datesAgree(d("weekday:0"), d("2025-10-19"))).toBe(true);
    expect(datesAgree(d("weekday:1"), d("2025-10-19"))).toBe(false);
    expect(datesAgree(d("weekday:0"), d("weekday:0"))).toBe(true);
    expect(datesAgree(d("weekday:0"), d("month:10"))).toBeNull();
  });
  it("is unknown for unresolved relative dates, never false", () => {
    expect(datesAgree(d("relative:last-month"), d("2025-09"))).toBeNull();
    expect(datesAgree(d("relative:last-month"), d("month:9"))).toBeNull();
    expect(datesAgree(d("relative:yesterday"), d("relative:yesterday"))).toBeNull();
    expect(datesAgree(d(null), d("2025"))).toBeNull();
  });
});

describe("datesAgree on extracted mentions", () => {
  it("agrees on the seed pair's September and last month when October is known", () => {
    const ctx = { publishedAt: "2025-10-20" };
    const [september] = extractDates("previous remarks from September", ctx);
    const [lastMonth] = extractDates("Last month, Lukashenko also expressed his desire", ctx);
    expect(september && lastMonth && datesAgree(september, lastMonth)).toBe(true);
    const [unknown] = extractDates("Last month, he spoke", { publishedAt: null });
    expect(september && unknown && datesAgree(september, unknown)).toBeNull();
  });
});

describe("datesAgree: bare weekdays", () => {
  it("lets two reports naming the same bare weekday agree, whichever way each resolved", () => {
    expect(datesAgree(d("2026-11-14", "on Saturday"), d("2026-11-07", "on Saturday"))).toBe(true);
    expect(datesAgree(d("2026-11-14", "Saturday"), d("2026-11-07", "on Saturday"))).toBe(true);
  });
  it("still compares a modified weekday or a different weekday by value", () => {
    expect(datesAgree(d("2026-11-14", "next Saturday"), d("2026-11-07", "last Saturday"))).toBe(false);
    expect(datesAgree(d("2026-11-14", "on Saturday"), d("2026-11-08", "on Sunday"))).toBe(false);
  });
});
