// The engine against every gold file we have. Each figure may never get worse than what the
// engine last achieved (fixtures/baseline.json, written by `npm run eval:baseline`), and once a
// case meets the engine issue's target it is held to the target: link F1 0.85 for our fixtures
// and 0.9 for the seeds, every multi-source group of the right kind, no false conflicts, all
// boilerplate and duplicates handled. Failure messages carry the scorer's problems.

import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { listEvalCases, loadEvalCase, PROJECT_ROOT, type EvalCase } from "../eval-cases";
import { compareSources } from "../../lib/compare";
import type { GoldFile, GoldScore } from "./gold-types";
import { scoreAgainstGold } from "./score-gold";

const deps = { now: () => new Date("2026-01-01T00:00:00Z") };
const scores = new Map<string, { gold: GoldFile; score: GoldScore }>();

function scoreCase(c: EvalCase): { gold: GoldFile; score: GoldScore } {
  const cached = scores.get(c.name);
  if (cached) return cached;
  const { gold, inputs } = loadEvalCase(c.goldPath, c.articleDir);
  const entry = { gold, score: scoreAgainstGold(gold, compareSources(inputs, deps)) };
  scores.set(c.name, entry);
  return entry;
}

interface Baseline { f1: number; kinds: number; falseConflicts: number; cleaning: number }
const baselines = JSON.parse(readFileSync(join(PROJECT_ROOT, "fixtures", "baseline.json"), "utf8")) as Record<string, Baseline>;
const why = (score: GoldScore) => `\n  ${score.problems.join("\n  ")}\n`;

for (const c of listEvalCases()) {
  const target: Baseline = { f1: c.isSeed ? 0.9 : 0.85, kinds: 1, falseConflicts: 0, cleaning: 1 };
  const base = baselines[c.name] ?? target;
  const floor = { f1: Math.min(target.f1, base.f1), kinds: Math.min(target.kinds, base.kinds), cleaning: Math.min(target.cleaning, base.cleaning) };
  const ceiling = Math.max(target.falseConflicts, base.falseConflicts);

  describe(`engine on ${c.name}`, () => {
    it(`keeps link F1 at or above ${floor.f1} (target ${target.f1})`, () => {
      const { score } = scoreCase(c);
      expect(score.links.f1, why(score)).toBeGreaterThanOrEqual(floor.f1);
    });
    it(`keeps the kind accuracy of multi-source groups at or above ${floor.kinds}`, () => {
      const { score } = scoreCase(c);
      expect(score.kinds.accuracy, why(score)).toBeGreaterThanOrEqual(floor.kinds);
    });
    it(`reports at most ${ceiling} false conflicts (target 0)`, () => {
      const { score } = scoreCase(c);
      expect(score.conflicts.falseConflictGroups, why(score)).toBeLessThanOrEqual(ceiling);
    });
    it(`handles at least ${floor.cleaning} of the boilerplate and duplicate entries`, () => {
      const { score } = scoreCase(c);
      expect(score.cleaning.share, why(score)).toBeGreaterThanOrEqual(floor.cleaning);
    });
    it("puts every sentence in exactly one group", () => {
      expect(scoreCase(c).score.partitionErrors).toBe(0);
    });
    if (c.isSeed) {
      it("finds every gold conflict and types it right (the seed's quote conflict)", () => {
        const { gold, score } = scoreCase(c);
        expect(gold.groups.some((g) => g.kind === "conflict" && g.type === "quote")).toBe(true);
        expect(score.conflicts.found, why(score)).toBe(score.conflicts.gold);
        expect(score.conflicts.typed, why(score)).toBe(score.conflicts.gold);
      });
    }
  });
}
