import { describe, expect, it } from "vitest";
import { defaultEngine } from "@/lib/engine/default-engine";
import type { Comparison, Group } from "@/lib/types";
import { TWO_FACT_SOURCES } from "@/test-support/two-fact-story";
import { markConflictValues } from "./conflict-summary-model";
import { clipMarks, cutSentenceParts, findMemberStretches, isSentenceShown, mapSentenceFacts, markSentenceValues, rankSentenceKind } from "./sentence-parts";
import { DEFAULT_VIEW_STATE } from "./view-state";

// Our own three-source story, compared by the engine in both contract versions.
const now = { now: () => new Date("2031-03-05T10:00:00.000Z") };
const inputs = TWO_FACT_SOURCES.map((source) => ({ ...source }));
const v2 = defaultEngine.compare(inputs, now, { facts: true });
const v1 = defaultEngine.compare(inputs, now);
const textOf = (comparison: Comparison, id: string) => comparison.sources.flatMap((s) => s.sentences).find((s) => s.id === id)!.text;
const cut = (comparison: Comparison, id: string) => {
  const text = textOf(comparison, id);
  const parts = cutSentenceParts(id, text, id.split(".")[0]!, mapSentenceFacts(comparison).get(id) ?? []);
  return parts.map((part) => ({ text: text.slice(part.start, part.end), groupIds: part.groupIds, target: part.target }));
};

const fact = (id: string, spans: [number, number][]): Group => ({
  id,
  kind: "shared",
  members: [{ sourceId: "s1", sentenceIds: ["s1.1"], spans: spans.map(([start, end]) => ({ sentenceId: "s1.1", start, end })) }],
  score: 0.9,
  conflicts: [],
  variants: [],
  diff: null,
});

describe("mapSentenceFacts", () => {
  it("puts every version-1 sentence in exactly one group", () => {
    const map = mapSentenceFacts(v1);
    expect([...map.values()].every((groups) => groups.length === 1)).toBe(true);
    expect(map.size).toBe(v1.sources.reduce((n, s) => n + s.sentences.length, 0));
  });

  it("puts each version-2 lead sentence in two facts, in comparison order", () => {
    const map = mapSentenceFacts(v2);
    for (const lead of ["s1.1", "s2.1", "s3.1"]) expect(map.get(lead)).toHaveLength(2);
    const ids = map.get("s1.1")!.map((group) => group.id);
    expect(ids).toEqual([...ids].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1))));
  });
});

describe("cutSentenceParts", () => {
  it("leaves a version-1 sentence whole, in its one group", () => {
    const parts = cut(v1, "s1.1");
    expect(parts).toEqual([{ text: textOf(v1, "s1.1"), groupIds: [v1.groups.find((g) => g.members.some((m) => m.sentenceIds.includes("s1.1")))!.id], target: expect.any(String) }]);
  });

  it("cuts a version-2 lead sentence into its two facts' parts, words between them in none", () => {
    const parts = cut(v2, "s1.1");
    const marked = parts.filter((part) => part.groupIds.length > 0);
    expect(marked.map((part) => part.text)).toEqual(["A freight train derailed near Ardmoor on Friday", "spilling 40 tonnes of fertiliser into the Lisk river."]);
    expect(new Set(marked.map((part) => part.target)).size).toBe(2);
    expect(parts.map((part) => part.text).join("")).toBe(textOf(v2, "s1.1"));
  });

  it("splits overlapping spans at every boundary and lets the shared stretch belong to both", () => {
    const text = "The mayor opened the bridge and praised its builders.";
    const parts = cutSentenceParts("s1.1", text, "s1", [fact("g1", [[0, 27]]), fact("g2", [[0, 9], [32, text.length]])]);
    expect(parts.map((p) => [text.slice(p.start, p.end), p.groupIds, p.target])).toEqual([
      ["The mayor", ["g1", "g2"], "g1"],
      [" opened the bridge", ["g1"], "g1"],
      [" and ", [], null],
      ["praised its builders.", ["g2"], "g2"],
    ]);
  });

  it("gives a stretch inside another fact's span to the fact that has no other part", () => {
    const text = "Rain closed the road on Monday.";
    const parts = cutSentenceParts("s1.1", text, "s1", [fact("g1", [[0, text.length]]), fact("g2", [[12, 20]])]);
    expect(parts.find((p) => p.groupIds.length === 2)?.target).toBe("g2");
  });
});

describe("findMemberStretches", () => {
  it("is the whole sentence without spans, and clamps spans to the text", () => {
    expect(findMemberStretches({ sourceId: "s1", sentenceIds: ["s1.1"] }, "s1.1", "Short.")).toEqual([{ start: 0, end: 6 }]);
    const member = { sourceId: "s1", sentenceIds: ["s1.1"], spans: [{ sentenceId: "s1.1", start: 2, end: 99 }] };
    expect(findMemberStretches(member, "s1.1", "Short.")).toEqual([{ start: 2, end: 6 }]);
  });
});

describe("rankSentenceKind and isSentenceShown", () => {
  const conflict = { ...fact("g1", [[0, 5]]), kind: "conflict" as const };
  const shared = fact("g2", [[6, 9]]);
  it("tints a sentence by its strongest fact and shows it when any fact passes the filter", () => {
    expect(rankSentenceKind([shared, conflict])).toBe("conflict");
    expect(rankSentenceKind([])).toBe("unique");
    expect(isSentenceShown({ ...DEFAULT_VIEW_STATE, filter: "shared" }, [conflict, shared], "s1")).toBe(true);
    expect(isSentenceShown({ ...DEFAULT_VIEW_STATE, filter: "unique" }, [conflict, shared], "s1")).toBe(false);
    expect(isSentenceShown({ ...DEFAULT_VIEW_STATE, hide: ["s1"] }, [shared], "s1")).toBe(false);
  });
});

describe("markSentenceValues", () => {
  const text = "Some 40 tonnes spilled, and 40 tonnes more were moved.";
  const group: Group = {
    id: "g1",
    kind: "conflict",
    members: [
      { sourceId: "s1", sentenceIds: ["s1.1"], spans: [{ sentenceId: "s1.1", start: 0, end: 22 }] },
      { sourceId: "s2", sentenceIds: ["s2.1"] },
    ],
    score: 0.8,
    conflicts: [{ type: "number", values: [{ sourceId: "s1", text: "40 tonnes" }, { sourceId: "s2", text: "25 tonnes" }] }],
    variants: [],
    diff: null,
  };

  it("marks a value at its own span, not at another occurrence of the same words", () => {
    const spanned: Group = { ...group, conflicts: [{ type: "number", values: [{ sourceId: "s1", text: "40 tonnes", span: { sentenceId: "s1.1", start: 28, end: 37 } }, group.conflicts[0]!.values[1]!] }] };
    expect(markSentenceValues(spanned, "s1", "s1.1", text)).toEqual([{ start: 28, end: 37, type: "value" }]);
    expect(markSentenceValues(spanned, "s1", "s1.2", text)).toEqual([]);
  });

  it("looks for a value without a span only inside the member's own part of the sentence", () => {
    expect(markSentenceValues(group, "s1", "s1.1", text)).toEqual([{ start: 5, end: 14, type: "value" }]);
  });

  it("marks version-1 values as the page always has", () => {
    const s2 = "About 25 tonnes spilled.";
    expect(markSentenceValues(group, "s2", "s2.1", s2)).toEqual(markConflictValues(group, "s2", s2));
    expect(markSentenceValues({ ...group, kind: "shared" }, "s1", "s1.1", text)).toEqual([]);
  });

  it("marks every member's value in the engine's version-2 conflict", () => {
    const conflict = v2.groups.find((g) => g.kind === "conflict")!;
    for (const member of conflict.members) {
      for (const id of member.sentenceIds) {
        const sentence = textOf(v2, id);
        const marked = markSentenceValues(conflict, member.sourceId, id, sentence).map((m) => sentence.slice(m.start, m.end));
        expect(marked.length).toBeGreaterThan(0);
        expect(marked.every((value) => /tonnes/.test(value))).toBe(true);
      }
    }
  });
});

describe("clipMarks", () => {
  it("keeps the marks inside a stretch, cut to it and counted from its start", () => {
    const marks = [{ start: 2, end: 6, type: "value" as const }, { start: 8, end: 9, type: "diff" as const }];
    expect(clipMarks(marks, 4, 8)).toEqual([{ start: 0, end: 2, type: "value" }]);
    expect(clipMarks(marks, 0, 20)).toEqual(marks);
  });
});
