// Records the engine's current link F1 per evaluation case in fixtures/baseline.json, the floor
// that lib/eval/fixtures.test.ts holds it to. Run after an engine change that improves scores:
//   npm run eval:baseline
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { compareSources } from "../lib/compare";
import { scoreAgainstGold } from "../lib/eval/score-gold";
import { listEvalCases, loadEvalCase, PROJECT_ROOT } from "./eval-cases";

const deps = { now: () => new Date("2026-01-01T00:00:00Z") };
const out: Record<string, { f1: number }> = {};
for (const c of listEvalCases()) {
  const { gold, inputs } = loadEvalCase(c.goldPath, c.articleDir);
  const f1 = scoreAgainstGold(gold, compareSources(inputs, deps)).links.f1;
  out[c.name] = { f1: Math.floor(f1 * 100) / 100 };
  console.log(`${c.name.padEnd(32)} F1 ${f1.toFixed(3)}`);
}
writeFileSync(join(PROJECT_ROOT, "fixtures", "baseline.json"), JSON.stringify(out, null, 2) + "\n");
