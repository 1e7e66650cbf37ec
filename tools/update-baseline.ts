// Records the engine's current figures per evaluation case in fixtures/baseline.json, and its
// micro totals on the development set (../shared/dev, both engine versions) in
// fixtures/dev-baseline.json: the floors that tools/eval/fixtures.test.ts and
// tools/eval/dev-set.test.ts hold it to. Run after an engine change that improves scores:
//   npm run eval:baseline
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { compareSources } from "../lib/compare";
import { listDevEvents, locateDevSet, scoreDevEvents, sumDevFigures } from "./eval/dev-set";
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

const devDir = locateDevSet(PROJECT_ROOT);
const events = listDevEvents(devDir);
if (events.length === 0) {
  console.log(`development set: no events under ${devDir}; fixtures/dev-baseline.json left as it was`);
} else {
  const dev = Object.fromEntries(
    (["v1", "v2"] as const).map((version) => {
      const t = sumDevFigures(scoreDevEvents(devDir, events, { facts: version === "v2" }));
      console.log(`development set ${version}: F1 ${t.f1.toFixed(3)}  kinds ${t.kinds.toFixed(3)}  conflicts ${t.conflictsFound}/${t.conflictsGold}  false ${t.falseConflicts}  cleaning ${t.cleaning.toFixed(3)}`);
      return [version, { events: events.length, f1: down(t.f1), kinds: down(t.kinds), cleaning: down(t.cleaning), conflictsFound: t.conflictsFound, falseConflicts: t.falseConflicts }];
    }),
  );
  writeFileSync(join(PROJECT_ROOT, "fixtures", "dev-baseline.json"), JSON.stringify(dev, null, 2) + "\n");
}
