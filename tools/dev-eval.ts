// `npm run eval:dev`: the development set of real coverage (../shared/dev/), every event in one
// process, each scored by the reference scorer (../shared/tools/score.mjs --result), then the
// micro totals. Inputs are the files alone, as `npm run compare` reads them.
//
//   npm run eval:dev [-- --only fed-cut-oct-2025 --problems --facts --seeds]
//
// --facts runs the engine with its `facts` option (contract version 2, lib/compare-facts.ts).
// --align '{"attachThreshold":0.1}' overrides align options (merged into the facts or v1 defaults).
// --loeo scores each event with the facts link model fitted without it (tools/eval/fact-link-folds.json,
// written by tools/calibrate-fact-links.ts): held-out figures for a model fitted on this set.
// --seeds also scores the public seed pair (../shared/seeds/expected.json), outside the totals.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_ALIGN_OPTIONS, DEFAULT_MODELS } from "../lib/align/align-sentences";
import type { LinkModel } from "../lib/align/link-features";
import { createEngine } from "../lib/engine/create-engine";
import { wordnetLexicon } from "../lib/normalize/lexicon";
import { compareSources } from "../lib/compare";
import { FACT_ALIGN_OPTIONS } from "../lib/compare-facts";
import type { SourceInput } from "../lib/types";

const { values } = parseArgs({ options: { only: { type: "string" }, problems: { type: "boolean" }, dir: { type: "string" }, facts: { type: "boolean" }, seeds: { type: "boolean" }, align: { type: "string" }, loeo: { type: "boolean" } } });
const align = values.align ? { ...(values.facts ? FACT_ALIGN_OPTIONS : DEFAULT_ALIGN_OPTIONS), ...(JSON.parse(values.align) as object) } : undefined;
const folds = values.loeo ? (JSON.parse(readFileSync(new URL("./eval/fact-link-folds.json", import.meta.url), "utf8")) as Record<string, LinkModel>) : {};
const engineFor = (name: string) => (folds[name] ? createEngine({ lexicon: wordnetLexicon, models: { ...DEFAULT_MODELS, factLink: folds[name] } }).compare : compareSources);
const devDir = path.resolve(values.dir ?? "../shared/dev");
const scorer = path.resolve("../shared/tools/score.mjs"); // the reference scorer, whichever folder is scored

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
const seedsDir = path.resolve(devDir, "..", "seeds");
const work = mkdtempSync(path.join(tmpdir(), "parallax-dev-"));
const total = { gold: 0, found: 0, tp: 0, multi: 0, kindsOk: 0, conflicts: 0, found2: 0, falseC: 0, cleanChecks: 0, cleanOk: 0 };
/** A model fitted on the development set is scored on each event with the fit that left it out (--loeo). */
function scoreCase(name: string, dir: string, goldPath: string): Figures {
  const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { articles: { file: string }[] };
  const started = performance.now();
  const comparison = engineFor(name)(readInputs(dir, gold.articles.map((a) => a.file)), { now: () => new Date("2026-01-01T00:00:00Z") }, { facts: values.facts, align });
  const ms = performance.now() - started;
  const resultFile = path.join(work, `${name}.json`);
  const scoreFile = path.join(work, `${name}.score.json`);
  writeFileSync(resultFile, JSON.stringify(comparison));
  execFileSync(process.execPath, [scorer, goldPath, dir, "--result", resultFile, "--json", scoreFile], { stdio: "ignore" });
  const { figures: f, problems } = JSON.parse(readFileSync(scoreFile, "utf8")) as { figures: Figures; problems: string[] };
  const p = f.links.found ? f.links.tp / f.links.found : 0, r = f.links.gold ? f.links.tp / f.links.gold : 0;
  const c = f.conflicts;
  console.log(`${name.padEnd(30)} ${f.links.f1.toFixed(3)}  ${p.toFixed(2)}  ${r.toFixed(2)}  ${f.kinds.correct}/${f.kinds.multiSourceGroups}`.padEnd(60) + `${c.found}/${c.gold}`.padEnd(7) + `${c.falseConflictGroups}`.padEnd(7) + `${f.cleaning.ok}/${f.cleaning.checks}`.padEnd(7) + `${f.sentencesInSeveralFacts}`.padEnd(7) + `${f.coverageErrors}/${f.spanErrors}`.padEnd(10) + `${c.withEveryValue}/${c.resultGroups}`.padEnd(9) + `${Math.round(ms)} ms`);
  if (values.problems) for (const line of problems) console.log(`    ${line}`);
  return f;
}

console.log("event                          F1     P      R    kinds  confl  false  clean  multi  cov/span  values");
for (const event of events) {
  const f = scoreCase(event, path.join(devDir, event), path.join(devDir, event, "gold.json"));
  total.gold += f.links.gold; total.found += f.links.found; total.tp += f.links.tp;
  total.multi += f.kinds.multiSourceGroups; total.kindsOk += f.kinds.correct;
  total.conflicts += f.conflicts.gold; total.found2 += f.conflicts.found; total.falseC += f.conflicts.falseConflictGroups;
  total.cleanChecks += f.cleaning.checks; total.cleanOk += f.cleaning.ok;
}
const P = total.found ? total.tp / total.found : 0, R = total.gold ? total.tp / total.gold : 0;
const F1 = P + R ? (2 * P * R) / (P + R) : 0;
console.log(`micro: link F1 ${F1.toFixed(3)} (P ${P.toFixed(3)} R ${R.toFixed(3)}), kinds ${(total.kindsOk / total.multi).toFixed(3)}, conflicts ${total.found2}/${total.conflicts}, false ${total.falseC}, cleaning ${(total.cleanOk / total.cleanChecks).toFixed(3)}`);
if (values.seeds) scoreCase("seeds (outside the totals)", seedsDir, path.join(seedsDir, "expected.json"));
rmSync(work, { recursive: true, force: true });
