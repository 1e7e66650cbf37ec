// `npm run eval:dev`: the development set of real coverage (../shared/dev/), every event in one
// process, each scored by the reference scorer (../shared/tools/score.mjs --result), then the
// micro totals. Inputs are the files alone, as `npm run compare` reads them.
//
//   npm run eval:dev [-- --only fed-cut-oct-2025 --problems --facts]
//
// --facts runs the engine with its `facts` option (contract version 2, lib/compare-facts.ts).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { compareSources } from "../lib/compare";
import type { SourceInput } from "../lib/types";

const { values } = parseArgs({ options: { only: { type: "string" }, problems: { type: "boolean" }, dir: { type: "string" }, facts: { type: "boolean" } } });
const devDir = path.resolve(values.dir ?? "../shared/dev");
const scorer = path.resolve(devDir, "..", "tools", "score.mjs");

interface Figures {
  links: { gold: number; found: number; tp: number; f1: number };
  kinds: { multiSourceGroups: number; correct: number };
  conflicts: { gold: number; found: number; typed: number; falseConflictGroups: number; resultGroups: number; withEveryValue: number };
  cleaning: { checks: number; ok: number };
  coverageErrors: number;
  spanErrors: number;
  sentencesInSeveralFacts: number;
}

function readInputs(dir: string, files: string[]): SourceInput[] {
  return files.map((file) => {
    const text = readFileSync(path.join(dir, file), "utf8");
    return file.endsWith(".html") ? { html: text, format: "html" } : { text, format: file.endsWith(".md") ? "markdown" : "text", outlet: null, url: null, publishedAt: null };
  });
}

const events = readdirSync(devDir).filter((name) => existsSync(path.join(devDir, name, "gold.json")) && (!values.only || name === values.only));
const work = mkdtempSync(path.join(tmpdir(), "parallax-dev-"));
const total = { gold: 0, found: 0, tp: 0, multi: 0, kindsOk: 0, conflicts: 0, found2: 0, falseC: 0, cleanChecks: 0, cleanOk: 0, ms: 0 };
console.log("event                          F1     P      R    kinds  confl  false  clean  multi  cov/span");
for (const event of events) {
  const dir = path.join(devDir, event);
  const gold = JSON.parse(readFileSync(path.join(dir, "gold.json"), "utf8")) as { articles: { file: string }[] };
  const started = performance.now();
  // A model fitted on the development set is scored on each event with the fit that left it out.
  const comparison = compareSources(readInputs(dir, gold.articles.map((a) => a.file)), { now: () => new Date("2026-01-01T00:00:00Z") }, { facts: values.facts });
  const ms = performance.now() - started;
  const resultFile = path.join(work, `${event}.json`);
  const scoreFile = path.join(work, `${event}.score.json`);
  writeFileSync(resultFile, JSON.stringify(comparison));
  execFileSync(process.execPath, [scorer, path.join(dir, "gold.json"), dir, "--result", resultFile, "--json", scoreFile], { stdio: "ignore" });
  const { figures: f, problems } = JSON.parse(readFileSync(scoreFile, "utf8")) as { figures: Figures; problems: string[] };
  const p = f.links.found ? f.links.tp / f.links.found : 0, r = f.links.gold ? f.links.tp / f.links.gold : 0;
  console.log(`${event.padEnd(30)} ${f.links.f1.toFixed(3)}  ${p.toFixed(2)}  ${r.toFixed(2)}  ${f.kinds.correct}/${f.kinds.multiSourceGroups}`.padEnd(60) + `${f.conflicts.found}/${f.conflicts.gold}`.padEnd(7) + `${f.conflicts.falseConflictGroups}`.padEnd(7) + `${f.cleaning.ok}/${f.cleaning.checks}`.padEnd(7) + `${f.sentencesInSeveralFacts}`.padEnd(7) + `${f.coverageErrors}/${f.spanErrors}  ${Math.round(ms)} ms`);
  if (values.problems) for (const line of problems) console.log(`    ${line}`);
  total.gold += f.links.gold; total.found += f.links.found; total.tp += f.links.tp;
  total.multi += f.kinds.multiSourceGroups; total.kindsOk += f.kinds.correct;
  total.conflicts += f.conflicts.gold; total.found2 += f.conflicts.found; total.falseC += f.conflicts.falseConflictGroups;
  total.cleanChecks += f.cleaning.checks; total.cleanOk += f.cleaning.ok; total.ms += ms;
}
const P = total.found ? total.tp / total.found : 0, R = total.gold ? total.tp / total.gold : 0;
const F1 = P + R ? (2 * P * R) / (P + R) : 0;
console.log(`micro: link F1 ${F1.toFixed(3)} (P ${P.toFixed(3)} R ${R.toFixed(3)}), kinds ${(total.kindsOk / total.multi).toFixed(3)}, conflicts ${total.found2}/${total.conflicts}, false ${total.falseC}, cleaning ${(total.cleanOk / total.cleanChecks).toFixed(3)}`);
rmSync(work, { recursive: true, force: true });
