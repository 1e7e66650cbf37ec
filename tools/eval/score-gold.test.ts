import { describe, expect, it } from "vitest";
import type { Comparison, ConflictType, Group, Kind } from "../../lib/types";
import type { GoldFile } from "./gold-types";
import { scoreAgainstGold } from "./score-gold";

// Two small articles: s1 = a, s2 = b. Facts: launch date (shared), crowd size (conflict),
// one detail each of their own (unique).
const gold: GoldFile = {
  articles: [
    { id: "a", file: "a.txt", outlet: "A", title: "Bridge opens", publishedAt: null },
    { id: "b", file: "b.txt", outlet: "B", title: null, publishedAt: null },
  ],
  boilerplate: { a: ["Sign up for our newsletter"] },
  duplicates: { b: ["The mayor cut the ribbon"] },
  groups: [
    { kind: "shared", members: [{ article: "a", quotes: ["bridge opened on Monday"] }, { article: "b", quotes: ["opened the bridge on Monday"] }] },
    {
      kind: "conflict",
      type: "number",
      values: { a: "2,000", b: "3,000" },
      members: [{ article: "a", quotes: ["About 2,000 people"] }, { article: "b", quotes: ["Some 3,000 people"] }],
    },
    { kind: "unique", members: [{ article: "a", quotes: ["cost 40 million"] }] },
    { kind: "unique", members: [{ article: "b", quotes: ["The mayor cut the ribbon"] }] },
  ],
};

const SENTENCES = {
  s1: ["The bridge opened on Monday.", "About 2,000 people walked across.", "It cost 40 million."],
  s2: ["The city opened the bridge on Monday.", "Some 3,000 people came.", "The mayor cut the ribbon."],
};

type GroupSpec = [kind: Kind, sentenceIds: string[], conflictType?: ConflictType];

function makeComparison(groups: GroupSpec[], tweak: (c: Comparison) => void = () => {}): Comparison {
  const comparison: Comparison = {
    version: 1,
    id: null,
    createdAt: "2025-01-01T00:00:00.000Z",
    sources: Object.entries(SENTENCES).map(([id, texts]) => ({
      id,
      title: null,
      outlet: null,
      url: null,
      publishedAt: null,
      sentences: texts.map((text, i) => ({ id: `${id}.${i + 1}`, text, paragraph: i })),
      removed: id === "s1" ? [{ text: "Sign up for our newsletter!", reason: "boilerplate" }] : [],
    })),
    groups: groups.map(([kind, ids, type], gi): Group => ({
      id: `g${gi + 1}`,
      kind,
      members: ["s1", "s2"]
        .map((sourceId) => ({ sourceId, sentenceIds: ids.filter((id) => id.startsWith(`${sourceId}.`)) }))
        .filter((m) => m.sentenceIds.length > 0),
      score: 1,
      conflicts: type ? [{ type, values: [] }] : [],
      variants: [],
      diff: null,
    })),
    stats: { shared: 0, conflict: 0, unique: 0 },
    warnings: [],
  };
  tweak(comparison);
  return comparison;
}

const PERFECT: GroupSpec[] = [
  ["shared", ["s1.1", "s2.1"]],
  ["conflict", ["s1.2", "s2.2"], "number"],
  ["unique", ["s1.3"]],
  ["unique", ["s2.3"]],
];

describe("scoreAgainstGold", () => {
  it("gives full marks to a perfect result", () => {
    const score = scoreAgainstGold(gold, makeComparison(PERFECT));
    expect(score.links).toEqual({ gold: 2, found: 2, tp: 2, precision: 1, recall: 1, f1: 1 });
    expect(score.kinds).toEqual({ multiSourceGroups: 2, correct: 2, accuracy: 1 });
    expect(score.conflicts).toEqual({ gold: 1, found: 1, typed: 1, falseConflictGroups: 0 });
    expect(score.unique).toEqual({ gold: 2, kept: 2, recall: 1 });
    expect(score.cleaning).toEqual({ checks: 2, ok: 2, share: 1 });
    expect(score.partitionErrors).toBe(0);
    expect(score.problems).toEqual([]);
  });

  it("lowers recall, not precision, when a link is missing", () => {
    const score = scoreAgainstGold(gold, makeComparison([["unique", ["s1.1"]], ["unique", ["s2.1"]], ...PERFECT.slice(1)]));
    expect(score.links).toMatchObject({ gold: 2, found: 1, tp: 1, precision: 1, recall: 0.5, f1: 0.667 });
    expect(score.kinds.correct).toBe(1);
    expect(score.problems.some((p) => p.includes("1 of 1 link(s) not found"))).toBe(true);
  });

  it("lowers precision when unrelated facts are merged", () => {
    const score = scoreAgainstGold(gold, makeComparison([["conflict", ["s1.1", "s2.1", "s1.2", "s2.2"], "number"], ...PERFECT.slice(2)]));
    expect(score.links).toMatchObject({ gold: 2, found: 4, tp: 2, precision: 0.5, recall: 1 });
  });

  it("counts a wrong kind and an untyped conflict", () => {
    const wrongKind = scoreAgainstGold(gold, makeComparison([PERFECT[0]!, ["shared", ["s1.2", "s2.2"]], ...PERFECT.slice(2)]));
    expect(wrongKind.kinds).toEqual({ multiSourceGroups: 2, correct: 1, accuracy: 0.5 });
    expect(wrongKind.conflicts).toMatchObject({ gold: 1, found: 0, typed: 0 });
    expect(wrongKind.problems).toContain('group "About 2,000 people": expected conflict, got shared');

    const wrongType = scoreAgainstGold(gold, makeComparison([PERFECT[0]!, ["conflict", ["s1.2", "s2.2"], "date"], ...PERFECT.slice(2)]));
    expect(wrongType.conflicts).toMatchObject({ found: 1, typed: 0 });
  });

  it("counts a conflict the gold calls shared as a false conflict, unless the gold is ambiguous", () => {
    const result = makeComparison([["conflict", ["s1.1", "s2.1"], "date"], ...PERFECT.slice(1)]);
    expect(scoreAgainstGold(gold, result).conflicts.falseConflictGroups).toBe(1);
    const lenient: GoldFile = { ...gold, groups: gold.groups.map((g, i) => (i === 0 ? { ...g, ambiguous: true } : g)) };
    const score = scoreAgainstGold(lenient, result);
    expect(score.conflicts.falseConflictGroups).toBe(0);
    expect(score.kinds.multiSourceGroups).toBe(1);
    expect(score.links.f1).toBe(1);
  });

  it("reports a gold unique sentence that the result aligned", () => {
    const score = scoreAgainstGold(gold, makeComparison([...PERFECT.slice(0, 2), ["shared", ["s1.3", "s2.3"]]]));
    expect(score.unique).toEqual({ gold: 2, kept: 0, recall: 0 });
  });

  it("detects sentences in no group or in two", () => {
    const score = scoreAgainstGold(gold, makeComparison([...PERFECT.slice(0, 3), ["unique", ["s1.3"]]]));
    expect(score.partitionErrors).toBe(2); // s1.3 twice, s2.3 never
    expect(score.problems).toContain("2 sentences are not in exactly one group (s1.3, s2.3)");
  });

  it("checks cleaning: boilerplate out of the sentences and listed, duplicates kept once", () => {
    const result = makeComparison(PERFECT, (c) => {
      c.sources[0]!.removed = [];
      c.sources[1]!.sentences.push({ id: "s2.4", text: "The mayor cut the ribbon.", paragraph: 4 });
      c.groups.push({ ...c.groups[3]!, id: "g5", members: [{ sourceId: "s2", sentenceIds: ["s2.4"] }] });
    });
    const score = scoreAgainstGold(gold, result);
    expect(score.cleaning).toEqual({ checks: 2, ok: 0, share: 0 });
    expect(score.problems).toContain('boilerplate "Sign up for our newsletter" of a: not listed in removed');
    expect(score.problems).toContain('duplicate "The mayor cut the ribbon" of b: 2 sentences hold it');
  });

  it("matches quotes across typography and reports quotes it cannot find", () => {
    const typographic = makeComparison(PERFECT, (c) => {
      c.sources[0]!.sentences[1]!.text = "ABOUT 2,000   people walked across.";
    });
    expect(scoreAgainstGold(gold, typographic).links.f1).toBe(1);
    const missing = makeComparison(PERFECT, (c) => {
      c.sources[0]!.sentences[2]!.text = "It was expensive.";
    });
    expect(scoreAgainstGold(gold, missing).problems).toContain('no sentence of a contains "cost 40 million"');
  });

  it("does not count a headline the engine took as the title", () => {
    const headline: GoldFile = { ...gold, groups: [...gold.groups, { kind: "unique", members: [{ article: "a", quotes: ["Bridge opens"] }] }] };
    const result = makeComparison(PERFECT, (c) => {
      c.sources[0]!.title = "Bridge opens";
    });
    const score = scoreAgainstGold(headline, result);
    expect(score.problems).toEqual([]);
    expect(score.unique.gold).toBe(2);
  });
});
