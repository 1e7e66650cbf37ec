import { describe, expect, it } from "vitest";
import { RIVERTON_A, RIVERTON_B } from "@/test-support/store-test-articles";
import { compareSources } from "../compare";
import { InputError } from "../errors";
import type { Comparison, Group, ReviewEdit } from "../types";
import { applyEdits } from "./apply-edits";
import { REVIEW_LIMITS } from "../limits";
import { validateComparison } from "../comparison/validate-comparison";
import { createGrowingLinks, createLargeComparison } from "./review-test-comparison";

const findRevisionFaults = (c: unknown) => validateComparison(c, { revision: true }).faults;

// The Riverton reports (written for our tests): g1 shared, g2 a number conflict (40 / 60 homes),
// g3 the mayor's timeline (within two weeks / in a few days: the machine calls it shared), g4–g7
// unique statements.
const deps = { now: () => new Date("2031-03-06T09:00:00.000Z") };
const machine: Comparison = { ...compareSources([RIVERTON_A, RIVERTON_B], { now: () => new Date("2031-03-05T10:00:00.000Z") }), id: "Review00000000001" };

function review(edits: ReviewEdit[], base: Comparison = machine): Comparison {
  const result = applyEdits(base, edits, deps);
  expect(findRevisionFaults(result)).toEqual([]);
  return result;
}

const group = (c: Comparison, id: string): Group => c.groups.find((g) => g.id === id)!;
const groupOf = (c: Comparison, sentenceId: string): Group => c.groups.find((g) => g.members.some((m) => m.sentenceIds.includes(sentenceId)))!;

describe("applyEdits", () => {
  it("starts from a valid machine comparison with the expected groups", () => {
    expect(findRevisionFaults(machine)).toEqual([]);
    expect(machine.groups.map((g) => g.kind)).toEqual(["shared", "conflict", "shared", "unique", "unique", "unique", "unique"]);
  });

  it("confirms a group without changing it, and never mutates its input", () => {
    const before = JSON.stringify(machine);
    const result = review([{ op: "confirm", groupId: "g2" }]);
    expect(JSON.stringify(machine)).toBe(before);
    const { review: mark, ...rest } = group(result, "g2");
    expect(mark).toEqual({ status: "confirmed" });
    expect(rest).toEqual(group(machine, "g2"));
    expect(result.review).toEqual({
      revision: 1,
      basedOn: 0,
      savedAt: "2031-03-06T09:00:00.000Z",
      editor: null,
      changes: [{ action: "confirmed", groupId: "g2", detail: "Confirmed Fact 2" }],
    });
  });

  it("rejects a link: one unique statement per source, placed after the group", () => {
    const result = review([{ op: "reject", groupId: "g1" }]);
    expect(result.groups.slice(0, 3).map((g) => [g.id, g.kind, g.members.map((m) => m.sentenceIds.join())])).toEqual([
      ["g1", "unique", ["s1.1"]],
      ["g8", "unique", ["s2.1"]],
      ["g2", "conflict", ["s1.2", "s2.2"]],
    ]);
    expect(group(result, "g1")).toMatchObject({ score: 1, diff: null, review: { status: "edited" } });
    expect(result.stats).toEqual({ shared: 1, conflict: 1, unique: 6 });
  });

  it("relinks a sentence through the classify step: a manual link gets its conflict check and diff", () => {
    // s2.2 (60 homes) leaves g2 and joins g4 (engineers inspected ...): a link that makes no sense,
    // which is the point: whatever the editor links is classified like a machine link.
    const result = review([{ op: "unlink", sentenceId: "s2.2" }, { op: "link", sentenceId: "s2.2", groupId: "g2" }]);
    expect(group(result, "g2")).toMatchObject({ kind: "conflict", conflicts: machine.groups[1]!.conflicts, diff: machine.groups[1]!.diff });
    const moved = review([{ op: "link", sentenceId: "s2.4", groupId: "g5" }]);
    expect(group(moved, "g5").members).toEqual([
      { sourceId: "s1", sentenceIds: ["s1.5"] },
      { sourceId: "s2", sentenceIds: ["s2.4"] },
    ]);
    expect(group(moved, "g5").diff).not.toBeNull();
    expect(group(moved, "g5").score).toBe(1);
    expect(moved.groups.some((g) => g.id === "g6")).toBe(false); // its only sentence left
    expect(moved.review!.changes[0]).toEqual({ action: "linked", groupId: "g5", detail: "Linked sentence 4 of Hill County News to Fact 5 (was in former Fact 6)" });
  });

  it("names facts in the change log by their number on the new revision's page, never by id", () => {
    // Unlinking s2.2 puts a new fact right after g2, so g3 (Fact 3 before) is Fact 4 on the new page.
    const result = review([{ op: "unlink", sentenceId: "s2.2" }, { op: "confirm", groupId: "g3" }]);
    expect(result.review!.changes.map((c) => c.detail)).toEqual([
      "Unlinked sentence 2 of Hill County News from Fact 2 into Fact 3",
      "Confirmed Fact 4",
    ]);
    expect(result.review!.changes.map((c) => c.detail).join(" ")).not.toMatch(/\b[gs]\d/);
  });

  it("keeps sentences of one source together and in reading order", () => {
    const result = review([{ op: "link", sentenceId: "s1.4", groupId: "g3" }, { op: "link", sentenceId: "s1.5", groupId: "g1" }]);
    expect(group(result, "g3").members[0]).toEqual({ sourceId: "s1", sentenceIds: ["s1.3", "s1.4"] });
    expect(group(result, "g1").members.map((m) => m.sourceId)).toEqual(["s1", "s2"]);
    expect(groupOf(result, "s1.5").id).toBe("g1");
  });

  it("unlinks a sentence into a group of its own, reclassifying what is left", () => {
    const result = review([{ op: "unlink", sentenceId: "s2.2" }]);
    expect(group(result, "g2")).toMatchObject({ kind: "unique", conflicts: [], diff: null, score: 1 });
    expect(groupOf(result, "s2.2")).toMatchObject({ id: "g8", kind: "unique", review: { status: "edited" } });
  });

  it("takes the contract's unlink with its group on version 1, and refuses a part of a sentence there", () => {
    expect(review([{ op: "unlink", groupId: "g2", sentenceId: "s2.2" }])).toEqual(review([{ op: "unlink", sentenceId: "s2.2" }]));
    expect(() => applyEdits(machine, [{ op: "unlink", groupId: "g1", sentenceId: "s2.2" }], deps)).toThrow("Sentence s2.2 is in g2, not g1.");
    expect(() => applyEdits(machine, [{ op: "link", groupId: "g1", sentenceId: "s2.2", span: { sentenceId: "s2.2", start: 0, end: 5 } }], deps)).toThrow(/contract version 1/);
  });

  it("merges two groups and splits one", () => {
    const merged = review([{ op: "merge", groupId: "g4", otherGroupId: "g6" }]);
    expect(group(merged, "g4").members.map((m) => m.sentenceIds)).toEqual([["s1.4"], ["s2.4"]]);
    expect(merged.groups.map((g) => g.id)).not.toContain("g6");
    const split = review([{ op: "split", groupId: "g4", sentenceIds: ["s2.4"] }], merged);
    expect(group(split, "g4").kind).toBe("unique");
    expect(groupOf(split, "s2.4").id).toBe("g8");
    expect(split.review).toMatchObject({ revision: 2, basedOn: 1 });
  });

  it("retypes a group and adds or corrects a conflict's type and values", () => {
    const quote = { type: "date" as const, values: [{ sourceId: "s1", text: "within two weeks" }, { sourceId: "s2", text: "in a few days" }] };
    const result = review([
      { op: "set-conflict", groupId: "g3", conflict: quote },
      { op: "retype", groupId: "g2", kind: "shared" },
      { op: "set-conflict", groupId: "g3", index: 0, conflict: { ...quote, type: "other" } },
    ]);
    expect(group(result, "g3")).toMatchObject({ kind: "conflict", conflicts: [{ ...quote, type: "other" }], review: { status: "edited" } });
    expect(group(result, "g2")).toMatchObject({ kind: "shared", conflicts: [] });
    expect(result.stats).toEqual({ shared: 2, conflict: 1, unique: 4 });
    const removed = review([{ op: "remove-conflict", groupId: "g2", index: 0 }]);
    expect(group(removed, "g2").kind).toBe("shared");
  });

  it("keeps notes per group and a summary note, carried into later revisions", () => {
    const first = review([{ op: "note", groupId: "g2", text: " Checked with the council: 60. " }, { op: "summary", text: "Numbers differ." }]);
    expect(group(first, "g2").review).toEqual({ status: "noted", note: "Checked with the council: 60." });
    expect(first.review!.note).toBe("Numbers differ.");
    const second = applyEdits(first, [{ op: "confirm", groupId: "g2" }], deps, { editor: " Dana " });
    expect(group(second, "g2").review).toEqual({ status: "confirmed", note: "Checked with the council: 60." });
    expect(second.review).toMatchObject({ revision: 2, basedOn: 1, editor: "Dana", note: "Numbers differ." });
    const cleared = review([{ op: "note", groupId: "g2", text: "" }, { op: "summary", text: " " }], second);
    expect(group(cleared, "g2").review).toEqual({ status: "confirmed" });
    expect(cleared.review!.note).toBeUndefined();
  });

  it("does not let a confirmation hide an earlier edit", () => {
    const result = review([{ op: "retype", groupId: "g2", kind: "shared" }, { op: "confirm", groupId: "g2" }]);
    expect(group(result, "g2").review!.status).toBe("edited");
  });

  it.each<[string, ReviewEdit[]]>([
    ["no edits", []],
    ["an unknown group", [{ op: "confirm", groupId: "g99" }]],
    ["an unknown sentence", [{ op: "unlink", sentenceId: "s9.1" }]],
    ["rejecting a unique statement", [{ op: "reject", groupId: "g4" }]],
    ["linking where it already is", [{ op: "link", sentenceId: "s1.1", groupId: "g1" }]],
    ["unlinking a lone sentence", [{ op: "unlink", sentenceId: "s1.4" }]],
    ["merging a group with itself", [{ op: "merge", groupId: "g1", otherGroupId: "g1" }]],
    ["splitting off everything", [{ op: "split", groupId: "g1", sentenceIds: ["s1.1", "s2.1"] }]],
    ["splitting off a stranger", [{ op: "split", groupId: "g1", sentenceIds: ["s1.4"] }]],
    ["a unique kind for two sources", [{ op: "retype", groupId: "g1", kind: "unique" }]],
    ["a shared kind for one source", [{ op: "retype", groupId: "g4", kind: "shared" }]],
    ["a conflict kind without a conflict", [{ op: "retype", groupId: "g1", kind: "conflict" }]],
    ["a conflict value from a source not in the group", [{ op: "set-conflict", groupId: "g4", conflict: { type: "date", values: [{ sourceId: "s1", text: "a" }, { sourceId: "s2", text: "b" }] } }]],
    ["a conflict with one value", [{ op: "set-conflict", groupId: "g1", conflict: { type: "date", values: [{ sourceId: "s1", text: "a" }] } }]],
    ["a conflict whose values all come from one source", [{ op: "set-conflict", groupId: "g1", conflict: { type: "date", values: [{ sourceId: "s1", text: "a" }, { sourceId: "s1", text: "b" }] } }]],
    ["a conflict giving one source two values", [{ op: "set-conflict", groupId: "g1", conflict: { type: "date", values: [{ sourceId: "s1", text: "a" }, { sourceId: "s2", text: "b" }, { sourceId: "s1", text: "c" }] } }]],
    ["a conflict index out of range", [{ op: "remove-conflict", groupId: "g1", index: 0 }]],
    ["a note too long", [{ op: "note", groupId: "g1", text: "x".repeat(5000) }]],
  ])("refuses %s with an InputError", (_name, edits) => {
    expect(() => applyEdits(machine, edits, deps)).toThrow(InputError);
  });

  it("says why a conflict from one source is refused", () => {
    const same = { type: "number" as const, values: [{ sourceId: "s2", text: "40 homes" }, { sourceId: "s2", text: "60 homes" }] };
    expect(() => applyEdits(machine, [{ op: "set-conflict", groupId: "g2", conflict: same }], deps)).toThrow(/gives two values/);
    const alone = { type: "number" as const, values: [{ sourceId: "s2", text: "60 homes" }] };
    expect(() => applyEdits(machine, [{ op: "set-conflict", groupId: "g2", conflict: alone }], deps)).toThrow("A conflict needs the values of at least two different sources.");
  });

  it("classifies a group once at the end, with the same result as after every edit", () => {
    // Kind and conflict edits read a classification still owed; they must see the new one.
    const quote = { type: "other" as const, values: [{ sourceId: "s1", text: "a" }, { sourceId: "s2", text: "b" }] };
    const edits: ReviewEdit[] = [
      { op: "unlink", sentenceId: "s2.2" },
      { op: "link", sentenceId: "s2.2", groupId: "g2" },
      { op: "set-conflict", groupId: "g2", conflict: quote },
      { op: "link", sentenceId: "s1.4", groupId: "g3" },
      { op: "retype", groupId: "g3", kind: "shared" },
      { op: "merge", groupId: "g1", otherGroupId: "g5" },
      { op: "link", sentenceId: "s2.5", groupId: "g1" },
      { op: "split", groupId: "g1", sentenceIds: ["s2.5"] },
    ];
    const atOnce = review(edits);
    const oneByOne = edits.reduce((c, edit) => review([edit], c), machine);
    // Ids aside: a chain of saves reuses the number of a group an earlier save emptied.
    const withoutIds = (c: Comparison) => c.groups.map(({ id: _id, ...rest }) => rest);
    expect(withoutIds(atOnce)).toEqual(withoutIds(oneByOne));
    expect(group(atOnce, "g2")).toMatchObject({ kind: "conflict", conflicts: [...machine.groups[1]!.conflicts, quote] });
  });

  it("refuses to grow a group past the sentences one fact can need", () => {
    const cap = REVIEW_LIMITS.maxMemberSentences;
    const base = createLargeComparison(3, 60);
    const full = applyEdits(base, createGrowingLinks(2 * (cap - 1), 3), deps);
    expect(group(full, "g1").members.map((m) => m.sentenceIds.length)).toEqual([1, cap, cap]);
    expect(() => applyEdits(base, createGrowingLinks(2 * (cap - 1) + 1, 3), deps)).toThrow(`Group g1 already holds ${cap} sentences of s2; one fact needs fewer.`);
    // A merge counts too: g1 with cap - 1 sentences of s2 cannot take g2's two.
    const links: ReviewEdit[] = Array.from({ length: cap - 2 }, (_, k) => ({ op: "link", sentenceId: `s2.${k + 4}`, groupId: "g1" }));
    const merge: ReviewEdit[] = [{ op: "link", sentenceId: "s2.3", groupId: "g2" }, ...links, { op: "merge", groupId: "g1", otherGroupId: "g2" }];
    expect(() => applyEdits(base, merge, deps)).toThrow(/already holds/);
    expect(() => applyEdits(base, merge.slice(1), deps)).not.toThrow();
  });

  it("keeps every sentence in exactly one group through a long random-looking sequence", () => {
    const edits: ReviewEdit[] = [
      { op: "merge", groupId: "g1", otherGroupId: "g2" },
      { op: "split", groupId: "g1", sentenceIds: ["s1.2"] },
      { op: "link", sentenceId: "s2.5", groupId: "g8" },
      { op: "reject", groupId: "g3" },
      { op: "unlink", sentenceId: "s1.1" },
      { op: "merge", groupId: "g4", otherGroupId: "g5" },
    ];
    const result = review(edits);
    expect(result.review!.changes.map((c) => c.action)).toEqual(["merged", "split", "linked", "rejected", "unlinked", "merged"]);
  });
});

describe("findRevisionFaults", () => {
  it("names a sentence in two groups, a missing sentence and wrong stats", () => {
    const broken: Comparison = { ...machine, groups: [{ ...machine.groups[0]!, members: [...machine.groups[0]!.members, { sourceId: "s1", sentenceIds: ["s1.2"] }] }] };
    const problems = findRevisionFaults(broken);
    expect(problems).toContain("g1 lists a source twice");
    expect(problems).toContain("sentence s1.3 is in no group");
    expect(problems).toContainEqual(expect.stringMatching(/^stats\.\w+ is \d+, groups say \d+$/));
  });

  it("names a conflict that is not between two of the group's sources", () => {
    const g2 = machine.groups[1]!;
    const conflicts = [{ type: "number" as const, values: [{ sourceId: "s1", text: "40" }, { sourceId: "s1", text: "60" }] }, { type: "date" as const, values: [{ sourceId: "s1", text: "May" }, { sourceId: "s3", text: "June" }] }];
    const broken: Comparison = { ...machine, groups: machine.groups.map((g) => (g === g2 ? { ...g2, conflicts } : g)) };
    expect(findRevisionFaults(broken)).toEqual(["g2 names s3, which is not a member", "g2 conflict 1 (number) has values from fewer than two sources"]);
  });
});
