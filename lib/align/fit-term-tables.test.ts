import { describe, expect, it } from "vitest";
import { fitIdfTable, fitKldTable } from "./fit-term-tables";

describe("fitIdfTable", () => {
  it("gives a word in every sentence a lower weight than a rarer one, and unseen words the rarest", () => {
    const t = fitIdfTable([["storm", "bridg"], ["storm", "ferri"], ["storm", "bridg"], ["storm", "port"]]);
    expect(t.weights.storm!).toBeLessThan(t.weights.bridg!);
    expect(t.weights.ferri).toBeUndefined(); // seen once: left to the fallback
    expect(t.fallback).toBeGreaterThan(t.weights.bridg!);
  });
});

describe("fitKldTable", () => {
  it("weighs a word that is on both sides of paraphrases and one side of non-paraphrases above one that tells nothing", () => {
    const pairs: [string[], string[]][] = [
      [["deal", "sign"], ["deal", "sign"]],
      [["deal", "sign"], ["deal", "sign"]],
      [["deal", "sign"], ["deal", "sign"]],
      [["deal", "sign"], ["sign"]],
      [["deal", "sign"], ["sign"]],
      [["deal", "sign"], ["sign"]],
    ];
    const t = fitKldTable(pairs, [1, 1, 1, 0, 0, 0]);
    expect(t.weights.deal!).toBeGreaterThan(t.weights.sign!);
    expect(t.weights.sign).toBe(0);
  });

  it("leaves out words met in too few pairs", () => {
    const t = fitKldTable([[["rare"], ["rare"]]], [1]);
    expect(t.weights.rare).toBeUndefined();
  });
});
