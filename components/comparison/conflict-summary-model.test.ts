import { describe, expect, it } from "vitest";
import type { Group } from "@/lib/types";
import { buildAgreementRow, listSourceValues, markConflictValues, summarizeConflicts } from "./conflict-summary-model";

function conflictGroup(id: string, values: [string, string][], members = values.map(([sourceId]) => sourceId)): Group {
  return {
    id,
    kind: "conflict",
    score: 0.9,
    members: members.map((sourceId) => ({ sourceId, sentenceIds: [`${sourceId}.1`] })),
    conflicts: [{ type: "number", values: values.map(([sourceId, text]) => ({ sourceId, text })) }],
    variants: [],
    diff: null,
  } as unknown as Group;
}

const shared = (id: string, sourceIds: string[]): Group =>
  ({ id, kind: "shared", score: 1, members: sourceIds.map((sourceId) => ({ sourceId, sentenceIds: [] })), conflicts: [], variants: [], diff: null }) as unknown as Group;

describe("summarizeConflicts", () => {
  it("lists at most the limit and counts the rest, numbering facts by their place", () => {
    const groups = [shared("g1", ["s1", "s2"]), ...Array.from({ length: 10 }, (_, i) => conflictGroup(`g${i + 2}`, [["s1", `${i}0`], ["s2", `${i}1`]]))];
    const summary = summarizeConflicts(groups, () => "", 8);
    expect(summary.items).toHaveLength(8);
    expect(summary.more).toBe(2);
    expect(summary.total).toBe(10);
    expect(summary.items[0]?.position).toBe(2);
    expect(summary.items[0]?.values).toEqual([{ sourceIds: ["s1"], text: "00" }, { sourceIds: ["s2"], text: "01" }]);
  });
});

describe("listSourceValues", () => {
  it("shows an unlisted member with the value its words contain", () => {
    const group = conflictGroup("g2", [["s1", "six hours"], ["s3", "nine hours"]], ["s1", "s2", "s3"]);
    const text = (id: string) => (id === "s2" ? "Crews fought the blaze for six hours." : "");
    expect(listSourceValues(group, group.conflicts[0]!, text)).toEqual([
      { sourceIds: ["s1", "s2"], text: "six hours" },
      { sourceIds: ["s3"], text: "nine hours" },
    ]);
  });
});

describe("markConflictValues", () => {
  it("marks a source's own value in its sentence, and nothing in a shared fact", () => {
    const group = conflictGroup("g1", [["s1", "14"], ["s2", "16"]]);
    const text = "A fire destroyed 16 homes.";
    expect(markConflictValues(group, "s2", text)).toEqual([{ start: 17, end: 19, type: "value" }]);
    expect(markConflictValues(shared("g2", ["s1", "s2"]), "s2", text)).toEqual([]);
  });
});

describe("buildAgreementRow", () => {
  it("gives each fact a cell, empty where the source is silent", () => {
    const groups = [conflictGroup("g1", [["s1", "14"], ["s2", "16"]]), shared("g2", ["s2", "s3"]), shared("g3", ["s1", "s3"])];
    expect(buildAgreementRow(groups, "s1")).toEqual(["conflict", null, "shared"]);
  });

  it("bounds the cells, the strongest kind winning a shared cell", () => {
    const groups = Array.from({ length: 300 }, (_, i) => (i === 5 ? conflictGroup(`g${i}`, [["s1", "1"], ["s2", "2"]]) : shared(`g${i}`, ["s1", "s2"])));
    const row = buildAgreementRow(groups, "s1", 120);
    expect(row).toHaveLength(120);
    expect(row[2]).toBe("conflict");
    expect(row[3]).toBe("shared");
  });
});
