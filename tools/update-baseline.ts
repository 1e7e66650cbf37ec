// Records the engine's current figures per evaluation case in fixtures/baseline.json, the floor
// that tools/eval/fixtures.test.ts holds it to. Run after an engine change that improves scores:
//   npm run eval:baseline
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { compareSources } from "../lib/compare";
import { scoreAgainstGold } from "./eval/score-gold";
import { listEvalCases, loadEvalCase, PROJECT_ROOT } from "./eval-cases";

const deps = { now: () => new Date("2026-01-01T00:00:00Z") };
const down = (x: number) => Math.floor(x * 100) / 100;
const out: Record<string, { f1: number; kinds: number; falseConflicts: number; cleaning: number }> = {};
for (const c of listEvalCases()) {
  const { gold, inputs } = loadEvalCase(c.goldPath, c.articleDir);
  const s = scoreAgainstGold(gold, compareSources(inputs, deps));
  out[c.name] = { f1: down(s.links.f1), kinds: down(s.kinds.accuracy), falseConflicts: s.conflicts.falseConflictGroups, cleaning: down(s.cleaning.share) };
  console.log(`${c.name.padEnd(32)} F1 ${s.links.f1.toFixed(3)}  kinds ${s.kinds.accuracy.toFixed(2)}  false conflicts ${s.conflicts.falseConflictGroups}  cleaning ${s.cleaning.share.toFixed(2)}`);
}
writeFileSync(join(PROJECT_ROOT, "fixtures", "baseline.json"), JSON.stringify(out, null, 2) + "\n");
