// The engine on the development set of real coverage (../shared/dev, read beside the project as
// the seeds' shared gold is). Its micro totals may not drop below fixtures/dev-baseline.json,
// written by `npm run eval:baseline`, less a small tolerance on the ratios (a re-annotated
// sentence moves them by a few thousandths); counts of conflicts are held exactly. Like the
// seeds, the cases exist only when the folder does.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../eval-cases";
import { listDevEvents, locateDevSet, scoreDevEvents, sumDevFigures, type DevTotals } from "./dev-set";

interface DevBaseline { events: number; f1: number; kinds: number; cleaning: number; conflictsFound: number; falseConflicts: number }
const TOLERANCE = 0.01;
const baselines = JSON.parse(readFileSync(join(PROJECT_ROOT, "fixtures", "dev-baseline.json"), "utf8")) as Record<"v1" | "v2", DevBaseline>;
const devDir = locateDevSet(PROJECT_ROOT);
const events = listDevEvents(devDir);

for (const version of events.length ? (["v1", "v2"] as const) : []) {
  const base = baselines[version];
  let totals: DevTotals | null = null;
  const measure = (): DevTotals => (totals ??= sumDevFigures(scoreDevEvents(devDir, events, { facts: version === "v2" })));

  describe(`engine ${version} on the development set (${events.length} events, micro)`, () => {
    it(`scores the ${base.events} events the baseline was written on`, () => {
      expect(events.length).toBe(base.events);
    });
    it(`keeps link F1 at or above ${base.f1} - ${TOLERANCE}`, { timeout: 60_000 }, () => {
      expect(measure().f1).toBeGreaterThanOrEqual(base.f1 - TOLERANCE);
    });
    it(`keeps the kind accuracy at or above ${base.kinds} - ${TOLERANCE}`, { timeout: 60_000 }, () => {
      expect(measure().kinds).toBeGreaterThanOrEqual(base.kinds - TOLERANCE);
    });
    it(`keeps cleaning at or above ${base.cleaning} - ${TOLERANCE}`, { timeout: 60_000 }, () => {
      expect(measure().cleaning).toBeGreaterThanOrEqual(base.cleaning - TOLERANCE);
    });
    it(`finds at least ${base.conflictsFound} gold conflicts`, { timeout: 60_000 }, () => {
      expect(measure().conflictsFound).toBeGreaterThanOrEqual(base.conflictsFound);
    });
    it(`reports at most ${base.falseConflicts} false conflicts`, { timeout: 60_000 }, () => {
      expect(measure().falseConflicts).toBeLessThanOrEqual(base.falseConflicts);
    });
  });
}

// `npm run eval:dev -- --dir fixtures`: a folder of our own, with no scorer beside it, is scored
// by the shared one (it once looked for tools/score.mjs inside the project and failed).
describe.runIf(events.length > 0)("the development-set harness on our own fixtures", () => {
  it("scores a fixture with the shared reference scorer", { timeout: 60_000 }, () => {
    const fixtures = join(PROJECT_ROOT, "fixtures");
    const [score] = scoreDevEvents(fixtures, listDevEvents(fixtures, "halvern-tram-vote"), { facts: true });
    expect(score!.event).toBe("halvern-tram-vote");
    expect(score!.figures.links.gold).toBeGreaterThan(0);
    expect(score!.figures.links.f1).toBeGreaterThan(0.5);
  });
});
