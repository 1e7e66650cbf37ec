import { describe, expect, it } from "vitest";
import type { Group, Kind, Sentence } from "@/lib/types";
import { orderConflictsFirst, selectCardGroups } from "./fact-card-model";

function makeGroup(id: string, kind: Kind, sentenceIds: string[]): Group {
  return {
    id,
    kind,
    members: sentenceIds.map((sentenceId) => ({ sourceId: sentenceId.split(".")[0]!, sentenceIds: [sentenceId] })),
    score: 1,
    conflicts: [],
    variants: [],
    diff: null,
  };
}

const groups = [
  makeGroup("g1", "shared", ["s1.1", "s2.1"]),
  makeGroup("g2", "unique", ["s1.2"]),
  makeGroup("g3", "conflict", ["s1.3", "s2.2"]),
  makeGroup("g4", "unique", ["s2.3"]),
  makeGroup("g5", "conflict", ["s1.4", "s2.4"]),
  makeGroup("g6", "shared", ["s1.5", "s2.5"]),
];
const factsOf = new Map(groups.flatMap((group) => group.members.flatMap((member) => member.sentenceIds.map((id) => [id, [group]] as const))));
const rows = (...ids: string[]) => ids.map((id): { sentence: Sentence } => ({ sentence: { id, text: id, paragraph: 0 } }));

describe("orderConflictsFirst", () => {
  it("puts conflicts first, then shared, then unique facts, each kind in the comparison's order", () => {
    expect(orderConflictsFirst(groups).map((group) => group.id)).toEqual(["g3", "g5", "g1", "g6", "g2", "g4"]);
  });

  it("leaves the list it was given as it was", () => {
    const copy = [...groups];
    orderConflictsFirst(groups);
    expect(groups).toEqual(copy);
  });
});

describe("selectCardGroups", () => {
  it("shows every fact of a whole page", () => {
    const part = { paged: false, groups, sentences: new Map() };
    expect(selectCardGroups(groups, part, factsOf)).toHaveLength(groups.length);
  });

  it("shows the part's facts when a part lists facts", () => {
    const part = { paged: true, groups: [groups[0]!, groups[4]!], sentences: new Map() };
    expect(selectCardGroups(groups, part, factsOf).map((group) => group.id)).toEqual(["g5", "g1"]);
  });

  it("in a part of the columns view, shows each fact its sentences belong to, once", () => {
    const sentences = new Map([
      ["s1", rows("s1.1", "s1.2", "s1.3")],
      ["s2", rows("s2.1", "s2.2")],
    ]);
    const part = { paged: true, groups: [], sentences };
    expect(selectCardGroups(groups, part, factsOf).map((group) => group.id)).toEqual(["g3", "g1", "g2"]);
  });

  it("shows no card for a part with no sentences", () => {
    expect(selectCardGroups(groups, { paged: true, groups: [], sentences: new Map() }, factsOf)).toEqual([]);
  });
});
