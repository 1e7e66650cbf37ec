// `npm run eval:dev`: the development set of real coverage (../shared/dev/), every event in one
// process, each scored by the reference scorer, then the micro totals (tools/eval/dev-set.ts).
//
//   npm run eval:dev [-- --only fed-cut-oct-2025 --problems --facts --dir PATH --seeds --loeo --align JSON]
//
// --facts runs the engine with its `facts` option (contract version 2, lib/compare-facts.ts).
// --align '{"attachThreshold":0.1}' overrides align options (merged into the facts or v1 defaults).
// --loeo scores each event with the facts link model fitted without it (tools/eval/fact-link-folds.json,
// written by tools/calibrate-fact-links.ts): held-out figures for a model fitted on this set.
// --seeds also scores the public seed pair (../shared/seeds/expected.json), outside the totals.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { DEFAULT_ALIGN_OPTIONS, DEFAULT_MODELS } from "../lib/align/align-sentences";
import type { LinkModel } from "../lib/align/link-features";
import type { LinkOptions } from "../lib/align/link-source-pair";
import { FACT_ALIGN_OPTIONS } from "../lib/compare-facts";
import { createEngine } from "../lib/engine/create-engine";
import { wordnetLexicon } from "../lib/normalize/lexicon";
import { formatDevTable, listDevEvents, scoreDevEvents, type DevEventScore } from "./eval/dev-set";

const { values } = parseArgs({
  options: {
    only: { type: "string" }, problems: { type: "boolean" }, dir: { type: "string" }, facts: { type: "boolean" },
    seeds: { type: "boolean" }, align: { type: "string" }, loeo: { type: "boolean" },
  },
});
const align = values.align ? ({ ...(values.facts ? FACT_ALIGN_OPTIONS : DEFAULT_ALIGN_OPTIONS), ...(JSON.parse(values.align) as object) } as LinkOptions) : undefined;
const folds = values.loeo ? (JSON.parse(readFileSync(new URL("./eval/fact-link-folds.json", import.meta.url), "utf8")) as Record<string, LinkModel>) : {};
const compareFor = (event: string) => (folds[event] ? createEngine({ lexicon: wordnetLexicon, models: { ...DEFAULT_MODELS, factLink: folds[event] } }).compare : undefined);
const devDir = path.resolve(values.dir ?? "../shared/dev");
const events = listDevEvents(devDir, values.only);
if (events.length === 0) {
  console.error(`eval:dev: no events with a gold.json under ${devDir}`);
  process.exit(2);
}

function print(scores: readonly DevEventScore[], label: string): void {
  const table = formatDevTable(scores, label).split("\n");
  // Each event's problems go under its own row: the rows follow the header, in event order.
  console.log(table[0]);
  scores.forEach((s, k) => {
    console.log(table[k + 1]);
    if (values.problems) for (const line of s.problems) console.log(`    ${line}`);
  });
  console.log(table.slice(scores.length + 1).join("\n").trimEnd());
}

const options = { facts: values.facts, align, compareFor };
print(scoreDevEvents(devDir, events, options), values.facts ? "event (facts)" : "event");
if (values.seeds) {
  const shared = path.resolve(devDir, "..");
  print(scoreDevEvents(shared, ["seeds"], { ...options, goldFile: "expected.json" }), "seeds (outside the totals)");
}
