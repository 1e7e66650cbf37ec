import { describe, expect, it } from "vitest";
import { compareSources } from "../compare";
import { findUnrelatedSources, SHARES_NOTHING } from "./find-unrelated-sources";

// Invented reports: two on one harbour fire, one on a school prize.
const FIRE_A = "A fire broke out in a warehouse at Kessel harbour on Monday night. Firefighters needed six hours to bring it under control. Nobody was hurt, the fire service said.";
const FIRE_B = "Firefighters spent six hours fighting a warehouse fire at Kessel harbour on Monday night. The fire service said nobody was hurt. The cause is not yet known.";
const PRIZE = "A choir from Ulm Island won the regional school music prize on Saturday. The judges praised its version of an old sea shanty. The choir will sing in the capital in May.";
const deps = { now: () => new Date("2031-01-01T00:00:00Z") };

describe("findUnrelatedSources", () => {
  it("warns about a source that shares nothing with the others", () => {
    const c = compareSources([{ text: FIRE_A }, { text: FIRE_B }, { text: PRIZE }], deps);
    expect(c.warnings).toEqual([`Source 3 ${SHARES_NOTHING}`]);
  });

  it("says nothing when every source shares something", () => {
    expect(compareSources([{ text: FIRE_A }, { text: FIRE_B }], deps).warnings).toEqual([]);
  });

  it("names the source by its outlet, else its headline", () => {
    const c = compareSources([{ text: FIRE_A }, { text: FIRE_B }, { text: PRIZE, outlet: "Ulm Island Courier" }], deps);
    expect(c.warnings).toEqual([`Ulm Island Courier ${SHARES_NOTHING}`]);
    const titled = compareSources([{ text: FIRE_A }, { text: FIRE_B }, { text: PRIZE, title: "Choir wins prize" }], deps);
    expect(titled.warnings).toEqual([`“Choir wins prize” ${SHARES_NOTHING}`]);
  });

  it("leaves short sources and sources already warned about alone", () => {
    const groups = [{ members: [{ sourceId: "s1", sentenceIds: ["s1.1"] }] }] as never;
    const sources = [{ id: "s1", sentenceCount: 2 }, { id: "s2", sentenceCount: 9 }];
    expect(findUnrelatedSources(groups, sources)).toEqual([`Source 2 ${SHARES_NOTHING}`]);
    expect(findUnrelatedSources(groups, sources, new Set(["s2"]))).toEqual([]);
  });
});
