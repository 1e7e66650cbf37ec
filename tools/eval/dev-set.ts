// The development set of real coverage (../shared/dev/): each event run through the engine in
// process and scored by the reference scorer (../shared/tools/score.mjs --result), so that
// `npm run eval:dev`, `npm run eval -- --all`, the baseline and its test all count the same way.
// Inputs are the files alone, as `npm run compare` reads them: no outlet, url or date.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { LinkOptions } from "../../lib/align/link-source-pair";
import { compareSources } from "../../lib/compare";
import type { SourceInput } from "../../lib/types";
import { PROJECT_ROOT } from "../eval-cases";

export interface DevFigures {
  links: { gold: number; found: number; tp: number; f1: number };
  kinds: { multiSourceGroups: number; correct: number };
  conflicts: { gold: number; found: number; typed: number; falseConflictGroups: number; resultGroups: number; withEveryValue: number };
  cleaning: { checks: number; ok: number };
  coverageErrors: number;
  spanErrors: number;
  sentencesInSeveralFacts: number;
}

export interface DevEventScore { event: string; figures: DevFigures; problems: string[]; ms: number }

/** Micro totals over events: link counts and checks summed before any ratio is taken. */
export interface DevTotals { f1: number; precision: number; recall: number; kinds: number; cleaning: number; conflictsFound: number; conflictsGold: number; falseConflicts: number }

/** ../shared/dev beside the project, where the seeds' shared gold lives too. */
export function locateDevSet(projectRoot: string): string {
  return resolve(projectRoot, "..", "shared", "dev");
}

/** Event folders that hold a gold file; none when the folder is absent (as with the seeds). */
export function listDevEvents(devDir: string, only?: string): string[] {
  if (!existsSync(devDir)) return [];
  return readdirSync(devDir)
    .filter((name) => existsSync(join(devDir, name, "gold.json")) && (!only || name === only))
    .sort();
}

function readInputs(dir: string, files: string[]): SourceInput[] {
  return files.map((file) => {
    const text = readFileSync(join(dir, file), "utf8");
    return file.endsWith(".html") ? { html: text, format: "html" } : { text, format: file.endsWith(".md") ? "markdown" : "text", outlet: null, url: null, publishedAt: null };
  });
}

// A fixed clock: scores must not move with the day the evaluation runs.
const deps = { now: () => new Date("2026-01-01T00:00:00Z") };

export interface DevScoreOptions {
  facts?: boolean;
  /** Align options merged over the engine's defaults (trials from the command line). */
  align?: LinkOptions;
  /** The engine for an event: a model fitted without that event, for held-out figures. */
  compareFor?: (event: string) => typeof compareSources | undefined;
  /** The gold file's name in each event folder ("expected.json" for the seeds). */
  goldFile?: string;
}

export function scoreDevEvents(devDir: string, events: readonly string[], options: DevScoreOptions = {}): DevEventScore[] {
  // The reference scorer sits beside the event folders' parent (../shared/tools/score.mjs), or
  // inside the folder given when that is ../shared itself (the seeds); for any other folder
  // (our own fixtures) it is the shared one beside the project.
  const scorer = [join(devDir, "tools", "score.mjs"), resolve(devDir, "..", "tools", "score.mjs"), join(locateDevSet(PROJECT_ROOT), "..", "tools", "score.mjs")].find(existsSync);
  if (!scorer) throw new Error(`no reference scorer (tools/score.mjs) beside ${devDir} or in ../shared`);
  const work = mkdtempSync(join(tmpdir(), "parallax-dev-"));
  try {
    return events.map((event) => {
      const dir = join(devDir, event);
      const goldPath = join(dir, options.goldFile ?? "gold.json");
      const gold = JSON.parse(readFileSync(goldPath, "utf8")) as { articles: { file: string }[] };
      const compare = options.compareFor?.(event) ?? compareSources;
      const started = performance.now();
      const comparison = compare(readInputs(dir, gold.articles.map((a) => a.file)), deps, { facts: options.facts, ...(options.align ? { align: options.align } : {}) });
      const ms = performance.now() - started;
      const resultFile = join(work, `${event}.json`), scoreFile = join(work, `${event}.score.json`);
      writeFileSync(resultFile, JSON.stringify(comparison));
      execFileSync(process.execPath, [scorer, goldPath, dir, "--result", resultFile, "--json", scoreFile], { stdio: "ignore" });
      const { figures, problems } = JSON.parse(readFileSync(scoreFile, "utf8")) as { figures: DevFigures; problems: string[] };
      return { event, figures, problems, ms };
    });
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

export function sumDevFigures(scores: readonly DevEventScore[]): DevTotals {
  const sum = (pick: (f: DevFigures) => number) => scores.reduce((n, s) => n + pick(s.figures), 0);
  const tp = sum((f) => f.links.tp), found = sum((f) => f.links.found), gold = sum((f) => f.links.gold);
  const precision = found ? tp / found : 0, recall = gold ? tp / gold : 0;
  const multi = sum((f) => f.kinds.multiSourceGroups), checks = sum((f) => f.cleaning.checks);
  return {
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    precision,
    recall,
    kinds: multi ? sum((f) => f.kinds.correct) / multi : 0,
    cleaning: checks ? sum((f) => f.cleaning.ok) / checks : 0,
    conflictsFound: sum((f) => f.conflicts.found),
    conflictsGold: sum((f) => f.conflicts.gold),
    falseConflicts: sum((f) => f.conflicts.falseConflictGroups),
  };
}

export function formatDevTable(scores: readonly DevEventScore[], label: string): string {
  const lines = [`${label.padEnd(30)} F1     P     R     kinds  confl  false  clean  multi  cov/span  values`];
  for (const { event, figures: f, ms } of scores) {
    const p = f.links.found ? f.links.tp / f.links.found : 0, r = f.links.gold ? f.links.tp / f.links.gold : 0;
    lines.push(`${event.padEnd(30)} ${f.links.f1.toFixed(3)}  ${p.toFixed(2)}  ${r.toFixed(2)}  ` + `${f.kinds.correct}/${f.kinds.multiSourceGroups}`.padEnd(7) + `${f.conflicts.found}/${f.conflicts.gold}`.padEnd(7) + `${f.conflicts.falseConflictGroups}`.padEnd(7) + `${f.cleaning.ok}/${f.cleaning.checks}`.padEnd(7) + `${f.sentencesInSeveralFacts}`.padEnd(7) + `${f.coverageErrors}/${f.spanErrors}`.padEnd(10) + `${f.conflicts.withEveryValue}/${f.conflicts.resultGroups}`.padEnd(8) + `${Math.round(ms)} ms`);
  }
  lines.push(formatDevTotals(sumDevFigures(scores)));
  return lines.join("\n") + "\n";
}

export function formatDevTotals(t: DevTotals): string {
  return `micro: link F1 ${t.f1.toFixed(3)} (P ${t.precision.toFixed(3)} R ${t.recall.toFixed(3)}), kinds ${t.kinds.toFixed(3)}, conflicts ${t.conflictsFound}/${t.conflictsGold}, false ${t.falseConflicts}, cleaning ${t.cleaning.toFixed(3)}`;
}
