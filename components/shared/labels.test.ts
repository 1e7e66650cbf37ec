import { describe, expect, it } from "vitest";
import { describeMatch, nameSourceInWarning } from "./labels";

describe("describeMatch", () => {
  it("says nothing about a match the aligner was sure enough of", () => {
    expect(describeMatch(0.62)).toBeNull();
    expect(describeMatch(0.25)).toBeNull();
  });

  it("calls a link grown from a neighbour a weak match, in words", () => {
    expect(describeMatch(0.08)).toBe("Weak match: check that these state the same fact");
  });
});

describe("nameSourceInWarning", () => {
  const label = (id: string) => (id === "s2" ? "Harbour Gazette" : `Source ${id.slice(1)}`);

  it("replaces the engine's source id with the reader's name for it", () => {
    expect(nameSourceInWarning("source s2 ends mid-sentence", label)).toBe("Harbour Gazette ends mid-sentence");
  });

  it("leaves warnings that already name the source alone", () => {
    expect(nameSourceInWarning("Harbour Gazette shares no statement", label)).toBe("Harbour Gazette shares no statement");
  });
});
