import { describe, expect, it } from "vitest";
import { analyzeSentence } from "../normalize/analyze-sentence";
import { alignWords, type WordWeights } from "./word-alignment";

const ctx = { publishedAt: null };
const uniform: WordWeights = { idf: () => 1 };
const align = (a: string, b: string, weights: WordWeights = uniform) => alignWords(analyzeSentence(a, ctx), analyzeSentence(b, ctx), weights);

describe("alignWords", () => {
  it("aligns every content word of a reworded sentence exactly or by stem", () => {
    const al = align("The harbour master closed the northern pier.", "The northern pier was closed by the harbour master.");
    expect(al.exactA).toBe(1);
    expect(al.exactB).toBe(1);
    expect(al.unalignedA + al.unalignedB).toBe(0);
  });

  it("aligns a WordNet synonym loosely but not exactly", () => {
    const al = align("The factory will shut next week.", "The factory will close next week.");
    expect(al.exactA).toBeLessThan(1);
    expect(al.looseA).toBe(1);
  });

  it("weighs a rare unaligned word more than a common one", () => {
    const rare: WordWeights = { idf: (t: string) => (t === "quarri" ? 5 : 1) };
    const plain = align("Workers left the quarry on Monday.", "Workers left on Monday.");
    const weighted = align("Workers left the quarry on Monday.", "Workers left on Monday.", rare);
    expect(weighted.exactA).toBeLessThan(plain.exactA);
  });

  it("marks names and figures that one side has and the other lacks", () => {
    const al = align("Mayor Dalia Ferno said 40 homes were flooded.", "The mayor said 65 homes were flooded.");
    expect(al.numberMissing).toBe(1);
    expect(al.numberShared).toBe(0);
    expect(al.entityMissing).toBeGreaterThan(0);
    const same = align("40 homes were flooded in Orvik.", "In Orvik, 40 homes were flooded.");
    expect(same).toMatchObject({ numberMissing: 0, numberShared: 1, entityMissing: 0 });
  });
});
