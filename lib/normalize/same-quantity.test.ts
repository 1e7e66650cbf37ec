import { describe, expect, it } from "vitest";
import type { NumberMention } from "../types";
import { closeInSize, sameQuantity } from "./same-quantity";

const figure = (value: number, unit: string | null, counted: string | null = null): NumberMention => ({ text: String(value), value, unit, bound: "exact", counted });

describe("closeInSize", () => {
  it("takes values within a factor of three for one quantity, and zero for none", () => {
    expect(closeInSize(27, 31)).toBe(true);
    expect(closeInSize(600, 150)).toBe(false);
    expect(closeInSize(0, 0)).toBe(false);
  });
});

describe("sameQuantity", () => {
  it("never joins two different units", () => {
    expect(sameQuantity(figure(9, "%"), figure(9, "usd"), "rival-values")).toBe(false);
    expect(sameQuantity(figure(9, "%"), figure(9, "usd"), "same-slot")).toBe(false);
  });

  it("lets one shared unit settle a rival value whatever its size, but a slot needs the size too", () => {
    expect(sameQuantity(figure(1, "%"), figure(40, "%"), "rival-values")).toBe(true);
    expect(sameQuantity(figure(1, "%"), figure(40, "%"), "same-slot")).toBe(false);
    expect(sameQuantity(figure(8, "%"), figure(9, "%"), "same-slot")).toBe(true);
  });

  it("counts a unit on one side only as a rival value when close, never as one slot", () => {
    expect(sameQuantity(figure(1900, null), figure(2300, "people"), "rival-values")).toBe(true);
    expect(sameQuantity(figure(1900, null), figure(2300, "people"), "same-slot")).toBe(false);
  });

  it("asks bare counts for one counted noun before calling them one slot", () => {
    expect(sameQuantity(figure(1900, null, "job"), figure(2300, null, "job"), "same-slot")).toBe(true);
    expect(sameQuantity(figure(1900, null, "car"), figure(2300, null, "job"), "same-slot")).toBe(false);
    expect(sameQuantity(figure(1900, null), figure(2300, null), "same-slot")).toBe(false);
    expect(sameQuantity(figure(1900, null, "car"), figure(2300, null, "job"), "rival-values")).toBe(true);
  });
});
