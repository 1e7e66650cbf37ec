// Accuracy and F1 of pair mode on the MSRP training pairs ("shared" or "conflict" = same fact),
// on the held-out fifth the model was not fitted on, and on all pairs; then the STS Benchmark's
// dev news rows (Spearman of the pair score against people's 0-5 scores). Each beside the plain
// TF-IDF cosine peer (tools/eval/tfidf-peer.ts), whose MSRP threshold is fitted on the same
// four fifths the engine's model was.
// usage: npm run eval:pairs [-- PATH/TO/msr_paraphrase_train.txt [PATH/TO/sts-dev.csv]]
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_ALIGN_OPTIONS } from "../lib/align/align-sentences";
import { comparePair, parsePairsTsv, type PairRow } from "../lib/engine/compare-pairs";
import { defaultEngine } from "../lib/engine/default-engine";
import { prepareVerbatim } from "../lib/pipeline/prepare-source";
import { isHeldOut, measureBinary } from "../lib/engine/fit-logistic";
import { cosine, fitIdf, measureSpearman, tokenizeWords, vectorize } from "./eval/tfidf-peer";

const root = fileURLToPath(new URL("..", import.meta.url));
const { positionals: [msrpFile = `${root}../shared/data/msr_paraphrase_train.txt`, stsFile = `${root}../shared/data/sts-dev.csv`] } = parseArgs({ allowPositionals: true });
const read = (file: string): string => {
  try {
    return readFileSync(file, "utf8");
  } catch {
    console.error(`eval:pairs: cannot read ${file}`);
    process.exit(2);
  }
};
const deps = { now: () => new Date(0) };

/** The peer's cosine for each pair, IDF fitted on every sentence of the set (no labels used). */
function scoreByTfidf(pairs: readonly { text1: string; text2: string }[]): number[] {
  const tokens = pairs.map((p) => [tokenizeWords(p.text1), tokenizeWords(p.text2)] as const);
  const idf = fitIdf(tokens.flatMap((t) => [t[0], t[1]]));
  return tokens.map(([a, b]) => cosine(vectorize(a, idf), vectorize(b, idf)));
}

/** The cosine threshold with the best accuracy on the given pairs. */
function fitThreshold(scores: readonly number[], labels: readonly boolean[]): number {
  let best = 0.5, bestOk = -1;
  for (let t = 0.05; t < 1; t += 0.01) {
    const ok = scores.reduce((n, s, k) => n + Number(s >= t === labels[k]), 0);
    if (ok > bestOk) { bestOk = ok; best = t; }
  }
  return best;
}

const rows = parsePairsTsv(read(msrpFile)).filter((r) => r.label !== null);
const t0 = performance.now();
const results = rows.map((r) => comparePair(r, deps));
const ms = performance.now() - t0;
const same = results.map((r) => r.kind !== "unique");
const labels = rows.map((r) => r.label === 1);
const peer = scoreByTfidf(rows);
const threshold = fitThreshold(peer.filter((_, k) => !isHeldOut(k)), labels.filter((_, k) => !isHeldOut(k)));
const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
console.log("MSRP (training split)        engine                                             TF-IDF cosine peer");
for (const [name, keep] of [["held-out", isHeldOut], ["all", () => true]] as const) {
  const idx = rows.map((_, k) => k).filter(keep);
  const m = measureBinary(idx.map((k) => same[k]!), idx.map((k) => labels[k]!));
  const p = measureBinary(idx.map((k) => peer[k]! >= threshold), idx.map((k) => labels[k]!));
  console.log(`  ${name.padEnd(8)} n=${String(m.n).padEnd(5)}  accuracy ${percent(m.accuracy)}  P ${percent(m.precision)}  R ${percent(m.recall)}  F1 ${percent(m.f1)}   accuracy ${percent(p.accuracy)}  F1 ${percent(p.f1)}`);
}
console.log(`  always "same": accuracy ${percent(labels.filter(Boolean).length / rows.length)}; engine ${(ms / rows.length).toFixed(2)} ms per pair; peer threshold ${threshold.toFixed(2)} (fitted on the other four fifths)`);

// STS-B: genre, file, year, id, score, sentence1, sentence2 (some rows carry two more fields).
const sts: (PairRow & { gold: number })[] = read(stsFile).split(/\r?\n/).flatMap((line) => {
  const cols = line.split("\t");
  return cols[0] === "main-news" && cols.length >= 7 ? [{ label: null, id1: cols[3]!, id2: cols[3]!, text1: cols[5]!, text2: cols[6]!, gold: Number(cols[4]) }] : [];
});
// Pair mode scores with the pair judgement (decision 0150); the engine's article comparison with
// every gate open shows how well the engine's own sentence-pair model orders the pairs.
const UNGATED = { prepare: prepareVerbatim, align: { ...DEFAULT_ALIGN_OPTIONS, minPairScore: 0, linkThreshold: 0 } };
const scoreUngated = (r: PairRow) => defaultEngine.compare([{ text: r.text1 }, { text: r.text2 }], deps, UNGATED).groups.find((g) => g.members.length > 1)?.score ?? 0;
const gold = sts.map((r) => r.gold);
const spearman = (scores: number[]) => measureSpearman(scores, gold).toFixed(3);
console.log(`STS-B dev news rows (n=${sts.length}), Spearman: engine pair mode ${spearman(sts.map((r) => comparePair(r, deps).score))}, engine pair model ungated ${spearman(sts.map(scoreUngated))}, TF-IDF cosine peer ${spearman(scoreByTfidf(sts))}`);
