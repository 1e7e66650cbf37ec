import { describe, expect, it } from "vitest";
import { compareSources } from "./compare";
import { InputError } from "./errors";
import type { Comparison, SourceInput } from "./types";

const deps = { now: () => new Date("2026-02-01T10:00:00Z") };

const a: SourceInput = {
  text: [
    "Storm Halvard closed the Pellan bridge on Tuesday, the roads agency said.",
    "Engineers found cracks in two of the bridge's supports.",
    "The agency expects the bridge to reopen in March.",
  ].join("\n\n"),
  outlet: "Wire One",
};
const b: SourceInput = {
  text: [
    "The Pellan bridge was closed on Tuesday after Storm Halvard, according to the roads agency.",
    "Local shops said trade had halved since the storm.",
    "The agency expects the bridge to reopen in April.",
  ].join("\n\n"),
  outlet: "Daily Two",
};

function expectValid(c: Comparison): void {
  const ids = c.sources.flatMap((s) => s.sentences.map((x) => x.id));
  const grouped = c.groups.flatMap((g) => g.members.flatMap((m) => m.sentenceIds));
  expect(grouped.sort()).toEqual([...ids].sort());
  expect(c.stats.shared + c.stats.conflict + c.stats.unique).toBe(c.groups.length);
}

describe("compareSources", () => {
  it("returns a valid contract Comparison with shared, conflicting and unique facts", () => {
    const c = compareSources([a, b], deps);
    expectValid(c);
    expect(c).toMatchObject({ version: 1, id: null, createdAt: "2026-02-01T10:00:00.000Z" });
    expect(c.sources.map((s) => s.id)).toEqual(["s1", "s2"]);
    expect(c.stats.shared).toBeGreaterThanOrEqual(1);
    const reopen = c.groups.find((g) => g.conflicts.some((x) => x.type === "date"));
    expect(reopen?.kind).toBe("conflict");
    expect(reopen?.diff?.[0]?.ops.some(([op]) => op !== 0)).toBe(true);
    expect(c.stats.unique).toBeGreaterThanOrEqual(2);
  });

  it("is deterministic", () => {
    expect(JSON.stringify(compareSources([a, b], deps))).toBe(JSON.stringify(compareSources([a, b], deps)));
  });

  it("rejects too few and too many sources with a typed error", () => {
    expect(() => compareSources([a], deps)).toThrow(InputError);
    expect(() => compareSources(Array.from({ length: 13 }, () => a), deps)).toThrow(/at most 12/);
  });

  it("names the source that is empty, binary or too large", () => {
    expect(() => compareSources([a, { text: "   " }], deps)).toThrow(/Source 2/);
    expect(() => compareSources([a, { text: "abc\u0000\u0001\u0002def".repeat(50) }], deps)).toThrow(/Source 2/);
    const huge = "The council met again. ".repeat(250_000);
    expect(() => compareSources([{ text: huge }, b], deps)).toThrow(/Source 1.*MB/);
  });

  it("processes a German article with a warning instead of failing", () => {
    const german: SourceInput = { text: "Der Sturm hat am Dienstag die Brücke geschlossen. Die Behörde erwartet, dass die Brücke im März wieder öffnet und der Verkehr rollt." };
    const c = compareSources([a, german], deps);
    expectValid(c);
    expect(c.warnings.some((w) => w.startsWith("source s2") && /German/.test(w))).toBe(true);
  });

  it("keeps hostile HTML inert: only text reaches the sentences", () => {
    const html = `<html><head><title>Bridge shut</title><script>alert(1)</script></head><body><article>
      <p onclick="steal()">Storm Halvard closed the Pellan bridge on Tuesday, officials said.</p>
      <iframe src="javascript:alert(2)"></iframe><p>The bridge should reopen in March, the agency said.</p>
      <svg onload="alert(3)"><text>x</text></svg></article></body></html>`;
    const c = compareSources([a, { html }], deps);
    expectValid(c);
    const text = JSON.stringify(c.sources[1]);
    expect(text).not.toMatch(/alert|<script|onclick|javascript:/);
    expect(c.sources[1]?.sentences.length).toBeGreaterThanOrEqual(2);
  });

  // Issue 3: both once held the engine for its whole 120 s budget. The diff's input is bounded
  // by tokens (lib/diff/bound-tokens.ts), so the answer is exact and the same on any machine.
  it("compares 150,000 straight quotes against 75,000 curly ones as one replaced run", () => {
    const sentence = "The council approved the new budget on Monday.";
    const c = compareSources([{ text: '"'.repeat(150_000) + " " + sentence }, { text: "“".repeat(75_000) + " " + sentence }], deps);
    expect(c.groups).toHaveLength(1);
    expect(c.groups[0]!.diff![0]!.ops).toEqual([
      [-1, '"'.repeat(150_000) + " "],
      [1, "“".repeat(75_000) + " "],
      [0, sentence],
    ]);
  });

  it("compares a 200,000-letter word with itself plus a word", () => {
    const c = compareSources([{ text: "a".repeat(200_000) }, { text: "a".repeat(200_000) + " b." }], deps);
    expect(c.groups.map((g) => g.diff?.[0]?.ops)).toEqual([[[0, "a".repeat(200_000)], [1, " b."]]]);
  });
});
