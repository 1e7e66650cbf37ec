import { describe, expect, it } from "vitest";
import { comparePair } from "./compare-pairs";

const deps = { now: () => new Date(0) };
const pair = (text1: string, text2: string) => comparePair({ label: null, id1: "a", id2: "b", text1, text2 }, deps);

describe("comparePair", () => {
  it("links a reworded statement as shared, with a score above one half", () => {
    const r = pair("The mayor closed the bridge on Tuesday.", "On Tuesday the mayor shut the bridge.");
    expect(r.kind).toBe("shared");
    expect(r.score).toBeGreaterThan(0.5);
  });

  it("keeps unlinked pairs ranked instead of scoring them all zero", () => {
    const near = pair("The ferry sank near the port of Vellin on Sunday.", "A ferry ran aground near Vellin's port.");
    const far = pair("The ferry sank near the port of Vellin on Sunday.", "The orchestra will tour three countries next spring.");
    expect(far.kind).toBe("unique");
    expect(far.score).toBeGreaterThan(0);
    expect(near.score).toBeGreaterThan(far.score);
  });
});
