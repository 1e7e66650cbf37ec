// Review on version 2 (issue 10): the contract's edits work on facts. A sentence (or a part of
// one) joins a fact and keeps its other facts; unlinking names the fact to leave; a sentence
// left in no fact becomes a unique fact; reject leaves each source its own parts.
import { describe, expect, it } from "vitest";
import { makeFactComparison, makeHandmadeFacts } from "@/test-support/fact-reports";
import { validateComparison } from "../comparison/validate-comparison";
import { indexSentences, readMemberText } from "../comparison/read-member";
import { InputError } from "../errors";
import type { Comparison, Group, ReviewEdit } from "../types";
import { applyEdits } from "./apply-edits";

const deps = { now: () => new Date("2031-04-08T09:00:00.000Z") };
const base = makeHandmadeFacts();
const C = base.sources[2]!.sentences[0]!.text;
const injuries = { sentenceId: "s3.1", start: C.indexOf(", injuring"), end: C.length };

function review(edits: ReviewEdit[], from: Comparison = base): Comparison {
  const result = applyEdits(from, edits, deps);
  expect(validateComparison(result, { revision: true }).faults).toEqual([]);
  return result;
}

const group = (c: Comparison, id: string): Group => c.groups.find((g) => g.id === id)!;
const factsOf = (c: Comparison, sentenceId: string) => c.groups.filter((g) => g.members.some((m) => m.sentenceIds.includes(sentenceId))).map((g) => g.id);
const words = (c: Comparison, id: string) => group(c, id).members.map((m) => `${m.sourceId}: ${readMemberText(m, indexSentences(c))}`);

describe("applyEdits on version 2", () => {
  it("unlinks a two-fact sentence from one fact only, and links its part back with a span", () => {
    const unlinked = review([{ op: "unlink", groupId: "g2", sentenceId: "s3.1" }]);
    expect(factsOf(unlinked, "s3.1")).toEqual(["g1"]);
    expect(group(unlinked, "g2").members.map((m) => m.sourceId)).toEqual(["s1", "s2"]);
    expect(unlinked.groups).toHaveLength(base.groups.length);

    const linked = review([{ op: "link", groupId: "g2", sentenceId: "s3.1", span: injuries }], unlinked);
    expect(factsOf(linked, "s3.1")).toEqual(["g1", "g2"]);
    expect(group(linked, "g2").members[2]).toEqual({ sourceId: "s3", sentenceIds: ["s3.1"], spans: [injuries] });
    expect(words(linked, "g2")).toContain("s3: injuring 14 passengers.");
    expect(words(linked, "g1")).toContain("s3: A tram came off its track in Orlov on Monday");
    // Classified again by the engine on each member's own words: every member's value.
    const g2 = group(linked, "g2");
    expect(g2.kind).toBe("conflict");
    expect(g2.conflicts[0]!.values.map((v) => v.sourceId)).toEqual(["s1", "s2", "s3"]);
    expect(g2.conflicts[0]!.values.find((v) => v.sourceId === "s3")!.text).toBe("14");
    expect(linked.review!.changes.at(-1)!.detail).toBe(`Linked sentence 1 of River News (characters ${injuries.start}–${injuries.end}) to Fact 2`);
  });

  it("makes a sentence left in no fact a unique fact of its own", () => {
    const result = review([{ op: "unlink", groupId: "g3", sentenceId: "s1.2" }]);
    const alone = factsOf(result, "s1.2");
    expect(alone).toHaveLength(1);
    expect(group(result, alone[0]!)).toMatchObject({ kind: "unique", members: [{ sourceId: "s1", sentenceIds: ["s1.2"] }] });
    expect(group(result, "g3").kind).toBe("unique");
  });

  it("lets a whole sentence absorb the unique fact it was alone in, and keeps facts shared with others", () => {
    const result = review([{ op: "link", groupId: "g3", sentenceId: "s3.2" }]);
    expect(result.groups.map((g) => g.id)).not.toContain("g4");
    expect(factsOf(result, "s3.2")).toEqual(["g3"]);
    const partial = review([{ op: "link", groupId: "g3", sentenceId: "s3.1", span: injuries }]);
    expect(factsOf(partial, "s3.1")).toEqual(["g1", "g2", "g3"]);
  });

  it("rejects a fact back into one unique fact per source, each with its own parts", () => {
    const result = review([{ op: "reject", groupId: "g2" }]);
    const parts = result.groups.filter((g) => g.members.some((m) => m.spans?.some((s) => s.start > 0)));
    expect(parts.map((g) => [g.kind, g.members.length])).toEqual([["unique", 1], ["unique", 1], ["unique", 1]]);
    expect(factsOf(result, "s3.1")).toHaveLength(2);
    expect(parts.map((g) => readMemberText(g.members[0]!, indexSentences(result)))).toEqual(["injuring 12 passengers.", "and twelve passengers were hurt.", "injuring 14 passengers."]);
  });

  it("splits and merges facts with their spans", () => {
    const split = review([{ op: "split", groupId: "g2", sentenceIds: ["s3.1"] }]);
    const off = split.groups.find((g) => !base.groups.some((b) => b.id === g.id))!;
    expect(off.members).toEqual([{ sourceId: "s3", sentenceIds: ["s3.1"], spans: [injuries] }]);
    const merged = review([{ op: "merge", groupId: "g2", otherGroupId: off.id }], split);
    expect(group(merged, "g2").members.map((m) => m.sourceId)).toEqual(["s1", "s2", "s3"]);
  });

  it("refuses what would break a fact: no fact named for a two-fact sentence, a span outside it, a conflict missing a member", () => {
    const refused = (edits: ReviewEdit[], message: RegExp) => expect(() => applyEdits(base, edits, deps)).toThrow(message);
    refused([{ op: "unlink", sentenceId: "s3.1" }], /states g1 and g2: say which fact/);
    refused([{ op: "link", groupId: "g3", sentenceId: "s3.1", span: { sentenceId: "s3.1", start: 3, end: 999 } }], /not inside sentence s3\.1/);
    refused([{ op: "link", groupId: "g3", sentenceId: "s3.1", span: { sentenceId: "s3.2", start: 0, end: 3 } }], /names s3\.2/);
    refused([{ op: "link", groupId: "g2", sentenceId: "s3.1", span: injuries }], /already in g2 with that part/);
    refused([{ op: "set-conflict", groupId: "g2", conflict: { type: "number", values: [{ sourceId: "s1", text: "12" }, { sourceId: "s3", text: "14" }] } }], /every member's value; s2 has none/);
    expect(() => applyEdits(base, [{ op: "unlink", groupId: "g4", sentenceId: "s3.2" }], deps)).toThrow(InputError);
  });

  it("reviews the engine's own version-2 result: a sentence leaves a fact, then a part of it joins again", () => {
    const machine = makeFactComparison();
    const target = machine.groups.find((g) => g.members.length === 3)!;
    const sentence = machine.sources[2]!.sentences.find((x) => x.id === target.members[2]!.sentenceIds[0])!;
    const words = sentence.text.split(" ").slice(0, 4).join(" ");
    const span = { sentenceId: sentence.id, start: 0, end: words.length };
    const result = review([
      { op: "unlink", groupId: target.id, sentenceId: sentence.id },
      { op: "link", groupId: target.id, sentenceId: sentence.id, span },
    ], machine);
    expect(result.version).toBe(2);
    expect(group(result, target.id).members[2]).toEqual({ sourceId: "s3", sentenceIds: [sentence.id], spans: [span] });
    expect(result.review!.changes.map((c) => c.action)).toEqual(["unlinked", "linked"]);
  });
});
