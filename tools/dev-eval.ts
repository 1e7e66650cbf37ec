// `npm run eval:dev`: the development set of real coverage (../shared/dev/), every event in one
// process, each scored by the reference scorer, then the micro totals (tools/eval/dev-set.ts).
//
//   npm run eval:dev [-- --only fed-cut-oct-2025 --problems --facts --dir PATH]
//
// --facts runs the engine with its `facts` option (contract version 2, lib/compare-facts.ts).
import path from "node:path";
import { parseArgs } from "node:util";
import { formatDevTable, listDevEvents, scoreDevEvents } from "./eval/dev-set";

const { values } = parseArgs({ options: { only: { type: "string" }, problems: { type: "boolean" }, dir: { type: "string" }, facts: { type: "boolean" } } });
const devDir = path.resolve(values.dir ?? "../shared/dev");
const events = listDevEvents(devDir, values.only);
if (events.length === 0) {
  console.error(`eval:dev: no events with a gold.json under ${devDir}`);
  process.exit(2);
}
const scores = scoreDevEvents(devDir, events, { facts: values.facts });
const table = formatDevTable(scores, values.facts ? "event (facts)" : "event").split("\n");
// Each event's problems go under its own row: the rows follow the header, in event order.
console.log(table[0]);
scores.forEach((s, k) => {
  console.log(table[k + 1]);
  if (values.problems) for (const line of s.problems) console.log(`    ${line}`);
});
console.log(table.slice(scores.length + 1).join("\n").trimEnd());
