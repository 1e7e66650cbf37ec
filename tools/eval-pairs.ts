// Accuracy and F1 of pair mode on the MSRP training pairs ("shared" or "conflict" = same fact),
// on the held-out fifth the model was not fitted on, and on all pairs.
// usage: npm run eval:pairs [-- PATH/TO/msr_paraphrase_train.txt]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { comparePair, parsePairsTsv } from "../lib/engine/compare-pairs";
import { isHeldOut, measureBinary } from "../lib/engine/fit-logistic";

const root = fileURLToPath(new URL("..", import.meta.url));
const { positionals: [file = `${root}../shared/data/msr_paraphrase_train.txt`] } = parseArgs({ allowPositionals: true });
let tsv: string;
try {
  tsv = readFileSync(file, "utf8");
} catch {
  console.error(`eval:pairs: cannot read ${file}`);
  process.exit(2);
}
const rows = parsePairsTsv(tsv).filter((r) => r.label !== null);
const t0 = performance.now();
const results = rows.map((r) => comparePair(r, { now: () => new Date(0) }));
const ms = performance.now() - t0;
const same = results.map((r) => r.kind !== "unique");
for (const [name, keep] of [["held-out", isHeldOut], ["all", () => true]] as const) {
  const idx = rows.map((_, k) => k).filter(keep);
  const m = measureBinary(idx.map((k) => same[k]!), idx.map((k) => rows[k]!.label === 1));
  console.log(`MSRP ${name.padEnd(8)} n=${m.n}  accuracy ${(m.accuracy * 100).toFixed(1)}%  precision ${(m.precision * 100).toFixed(1)}%  recall ${(m.recall * 100).toFixed(1)}%  F1 ${(m.f1 * 100).toFixed(1)}%`);
}
console.log(`baseline (always "same"): accuracy ${((rows.filter((r) => r.label === 1).length / rows.length) * 100).toFixed(1)}%; ${(ms / rows.length).toFixed(2)} ms per pair`);
