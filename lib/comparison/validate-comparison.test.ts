import { describe, expect, it } from "vitest";
import { makeFactComparison, makeSeedComparison } from "@/test-support/fact-reports";
import type { Comparison } from "../types";
import { validateComparison } from "./validate-comparison";

const seedV1 = makeSeedComparison(false);
const seedV2 = makeSeedComparison(true);
const facts = makeFactComparison();

/** A group of the fact comparison whose members name spans (a lead sentence's second fact). */
function spanned(c: Comparison) {
  const group = c.groups.find((g) => g.members.some((m) => m.spans))!;
  return { group, member: group.members.find((m) => m.spans)! };
}

describe("validateComparison", () => {
  it("accepts the seed as version 1 and as version 2, and our three reports as version 2", () => {
    expect(seedV1.version).toBe(1);
    expect(validateComparison(seedV1).faults).toEqual([]);
    expect(seedV2.version).toBe(2);
    expect(validateComparison(seedV2).faults).toEqual([]);
    expect(validateComparison(facts)).toMatchObject({ ok: true, faults: [] });
  });

  it("finds sentences in several facts with spans in the version-2 result it accepts", () => {
    const inSeveral = new Map<string, number>();
    for (const g of facts.groups) for (const m of g.members) for (const id of m.sentenceIds) inSeveral.set(id, (inSeveral.get(id) ?? 0) + 1);
    expect([...inSeveral.values()].some((n) => n > 1)).toBe(true);
    expect(spanned(facts).member.spans!.length).toBeGreaterThan(0);
  });

  it("refuses a span past its sentence's end, an empty span, and one in a sentence of another member", () => {
    for (const [name, change] of [
      ["past the end", (s: { end: number }) => void (s.end = 10_000)],
      ["empty", (s: { start: number; end: number }) => void (s.end = s.start)],
      ["another source's sentence", (s: { sentenceId: string }) => void (s.sentenceId = facts.sources.at(-1)!.sentences.at(-1)!.id)],
    ] as const) {
      const c = structuredClone(facts);
      change(spanned(c).member.spans![0]!);
      const result = validateComparison(c);
      expect(result.ok, name).toBe(false);
      expect(result.faults.join("; "), name).toMatch(/span outside/);
    }
  });

  it("refuses spans that leave one of the member's sentences without words", () => {
    const c = structuredClone(facts);
    const { member } = spanned(c);
    const other = c.sources.find((s) => s.id === member.sourceId)!.sentences.find((s) => !member.sentenceIds.includes(s.id))!;
    member.sentenceIds.push(other.id);
    expect(validateComparison(c).faults).toContainEqual(expect.stringMatching(new RegExp(`none in ${other.id.replace(".", "\\.")}`)));
  });

  it("refuses a sentence twice in one fact, a sentence in no fact, and a conflict value of a non-member", () => {
    const c = structuredClone(facts);
    const [first] = c.groups;
    first!.members[0]!.sentenceIds.push(first!.members[0]!.sentenceIds[0]!);
    const last = c.groups.at(-1)!;
    c.groups.pop();
    c.stats[last.kind]--;
    const conflict = c.groups.find((g) => g.kind === "conflict")!;
    conflict.conflicts[0]!.values.push({ sourceId: "s9", text: "9" });
    const faults = validateComparison(c).faults;
    expect(faults).toContainEqual(expect.stringMatching(/holds a sentence of s1 twice/));
    expect(faults).toContainEqual(`sentence ${last.members[0]!.sentenceIds[0]} is in no group`);
    expect(faults).toContainEqual(`${conflict.id} names s9, which is not a member`);
  });

  it("refuses spans in a version-1 comparison, and a broken shape before any rule", () => {
    const v1 = structuredClone(seedV1);
    const member = v1.groups[0]!.members[0]!;
    member.spans = [{ sentenceId: member.sentenceIds[0]!, start: 0, end: 4 }];
    expect(validateComparison(v1).faults).toContain(`${v1.groups[0]!.id} has spans, which version 1 has not`);
    const broken = structuredClone(seedV1) as unknown as { groups: { members: unknown }[] };
    broken.groups[1]!.members = "s1.1";
    expect(validateComparison(broken)).toEqual({ ok: false, faults: [expect.stringMatching(/^groups\[1\]\.members: /)] });
    expect(validateComparison(null).ok).toBe(false);
  });

  it("lets a new version-1 comparison place its values, inside a member sentence only", () => {
    const v1 = structuredClone(seedV1);
    const conflict = v1.groups.find((g) => g.conflicts.length > 0)!;
    const value = conflict.conflicts[0]!.values[0]!;
    const sentenceId = conflict.members.find((m) => m.sourceId === value.sourceId)!.sentenceIds[0]!;
    value.span = { sentenceId, start: 0, end: 2 };
    expect(validateComparison(v1).faults).toEqual([]);
    value.span = { sentenceId, start: 0, end: 100_000 };
    expect(validateComparison(v1).faults).toContain(`${conflict.id} has a value span outside ${sentenceId}`);
  });

  it("holds a revision to conflicts of two sources or more", () => {
    const c = structuredClone(seedV1);
    const conflict = c.groups.find((g) => g.kind === "conflict")!;
    conflict.conflicts[0]!.values = conflict.conflicts[0]!.values.slice(0, 1);
    expect(validateComparison(c).ok).toBe(true);
    expect(validateComparison(c, { revision: true }).faults).toEqual([`${conflict.id} conflict 1 (${conflict.conflicts[0]!.type}) has values from fewer than two sources`]);
  });
});
