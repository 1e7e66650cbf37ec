// Edge of `npm run eval`: reads gold files and articles, runs the engine in process, prints the
// scores. Exit 0 when every case ran (whatever its score), 2 for the user's mistake (bad
// arguments or gold file; message on stderr, never a stack trace), 1 for our own fault.

import { basename, dirname, relative } from "node:path";
import { compareSources } from "../lib/compare";
import { isInputError } from "../lib/errors";
import { formatScoreBlock, formatScoreTable, formatJsonRecord, type CaseResult } from "./eval/format-score";
import { EVAL_USAGE, parseEvalArgs } from "./eval/parse-eval-args";
import { scoreAgainstGold } from "./eval/score-gold";
import type { EngineDeps } from "../lib/types";
import { listEvalCases, loadEvalCase, PROJECT_ROOT, type EvalCase } from "./eval-cases";
import { formatDevTable, listDevEvents, locateDevSet, scoreDevEvents } from "./eval/dev-set";

const deps: EngineDeps = { now: () => new Date() };

/** Loading problems (the user's) propagate; engine faults become a row-level error. */
function runCase(c: EvalCase): CaseResult {
  const { gold, inputs } = loadEvalCase(c.goldPath, c.articleDir);
  const started = performance.now();
  try {
    const comparison = compareSources(inputs, deps);
    return { name: c.name, sources: inputs.length, ms: performance.now() - started, score: scoreAgainstGold(gold, comparison), error: null };
  } catch (error) {
    if (isInputError(error)) throw error;
    const message = error instanceof Error ? error.message : String(error);
    return { name: c.name, sources: inputs.length, ms: performance.now() - started, score: null, error: `engine fault: ${message}` };
  }
}

function nameCase(goldPath: string): string {
  const folder = basename(dirname(goldPath));
  return basename(goldPath) === "gold.json" ? folder : relative(PROJECT_ROOT, goldPath) || goldPath;
}

/** The development set beside the fixtures, under both engine versions (contract 1, and 2 with facts). */
function formatDevSet(): string {
  const devDir = locateDevSet(PROJECT_ROOT);
  const events = listDevEvents(devDir);
  if (events.length === 0) return `development set: no events under ${devDir}\n\n`;
  return [false, true].map((facts) => formatDevTable(scoreDevEvents(devDir, events, { facts }), facts ? "development set, v2 (facts)" : "development set, v1") + "\n").join("");
}

function main(argv: string[]): number {
  const command = parseEvalArgs(argv);
  if (command.mode === "help") {
    process.stdout.write(EVAL_USAGE + "\n");
    return 0;
  }
  if (command.mode === "one") {
    const { goldPath } = command;
    const result = runCase({ name: nameCase(goldPath), goldPath, articleDir: command.articleDir ?? dirname(goldPath), isSeed: false });
    process.stdout.write(formatScoreBlock(result) + JSON.stringify(formatJsonRecord(result)) + "\n");
    return result.score ? 0 : 1;
  }
  const cases = listEvalCases();
  if (cases.length === 0) {
    process.stderr.write("eval: no gold files found under fixtures/ or seeds/\n");
    return 2;
  }
  const results = cases.map(runCase);
  process.stdout.write(formatScoreTable(results) + "\n" + formatDevSet() + JSON.stringify(results.map(formatJsonRecord)) + "\n");
  return results.every((r) => r.score) ? 0 : 1;
}

try {
  process.exitCode = main(process.argv.slice(2));
} catch (error) {
  if (isInputError(error)) {
    process.stderr.write(`eval: ${error.message}\n`);
    process.exitCode = 2;
  } else {
    process.stderr.write(`eval: internal error: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
