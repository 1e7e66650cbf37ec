import { describe, expect, it } from "vitest";
import { compareSources } from "../compare";
import type { Comparison } from "../types";
import { findComparisonFaults } from "./find-comparison-faults";

const machine = compareSources(
  [
    { text: "A storm closed the Kessel ferry on Friday. Twelve crossings were cancelled. The harbour office said service resumes Monday." },
    { text: "The Kessel ferry was closed by a storm on Friday. Fourteen crossings were cancelled. A café owner said trade was slow." },
  ],
  { now: () => new Date("2031-05-02T00:00:00Z") },
);

const copy = (c: Comparison): Comparison => structuredClone(c);

/** The machine's result, marked version 2 (its groups are also valid facts). */
function asVersion2(): Comparison {
  const c = copy(machine);
  c.version = 2;
  return c;
}

describe("findComparisonFaults", () => {
  it("passes the machine's own result", () => {
    expect(findComparisonFaults(machine)).toEqual([]);
  });

  it("asks the machine for groups numbered in order, and a revision only for unique ids", () => {
    const renumbered = copy(machine);
    renumbered.groups.reverse();
    expect(findComparisonFaults(renumbered)).toContain(`group 0 has id ${machine.groups.at(-1)!.id}`);
    const revision: Comparison = { ...renumbered, review: { revision: 1, basedOn: 0, savedAt: "2031-05-03T00:00:00.000Z", editor: null, changes: [] } };
    expect(findComparisonFaults(revision)).toEqual([]);
  });

  it("holds version 1 to one group per sentence, and lets version 2 put a sentence in two facts", () => {
    const v1 = copy(machine);
    const multi = v1.groups.find((g) => g.members.length > 1)!;
    const other = v1.groups.find((g) => g !== multi && g.members.some((m) => m.sourceId === "s1"))!;
    const extra = other.members.find((m) => m.sourceId === "s1")!.sentenceIds[0]!;
    multi.members.find((m) => m.sourceId === "s1")!.sentenceIds.push(extra);
    expect(findComparisonFaults(v1)).toContainEqual(expect.stringMatching(new RegExp(`sentence ${extra.replace(".", "\\.")} is in`)));
    const v2 = copy(v1);
    v2.version = 2;
    expect(findComparisonFaults(v2)).toEqual([]);
  });

  it("refuses in version 2 a conflict that leaves out a member's value, and spans outside their sentence", () => {
    const c = asVersion2();
    const conflict = c.groups.find((g) => g.kind === "conflict")!;
    expect(conflict).toBeDefined();
    conflict.conflicts[0]!.values = conflict.conflicts[0]!.values.slice(0, 1);
    const member = conflict.members[0]!;
    const sentenceId = member.sentenceIds[0]!;
    member.spans = [{ sentenceId, start: 0, end: 10_000 }];
    const faults = findComparisonFaults(c);
    expect(faults).toContainEqual(expect.stringMatching(/conflict 1 \(number\) has no value for s2/));
    expect(faults).toContainEqual(expect.stringMatching(/span outside/));
  });

  it("names every other broken promise", () => {
    const c = copy(machine);
    c.groups.push({ ...c.groups[0]!, id: c.groups[0]!.id });
    c.stats.shared += 5;
    (c as { version: number }).version = 3;
    const faults = findComparisonFaults(c);
    expect(faults).toContainEqual("version is 3");
    expect(faults).toContainEqual(expect.stringMatching(/group id g1 is used twice/));
    expect(faults).toContainEqual(expect.stringMatching(/stats\.shared/));
  });
});
