// Fits the "same statement?" model (lib/align/pair-model.json) on the MSRP training pairs in
// ../shared/data, holding out every fifth pair, and prints held-out accuracy and F1.
// usage: npm run calibrate [-- PATH/TO/msr_paraphrase_train.txt]
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { FEATURE_NAMES, measurePair } from "../lib/align/pair-features";
import { buildSentenceBag } from "../lib/align/sentence-bag";
import { computeTermWeights } from "../lib/align/term-weights";
import { analyzeSentence } from "../lib/normalize/analyze-sentence";
import { wordnetLexicon } from "../lib/normalize/lexicon";
import { parsePairsTsv } from "../lib/engine/compare-pairs";
import { fitLogistic, isHeldOut, measureBinary } from "../lib/engine/fit-logistic";

const root = fileURLToPath(new URL("..", import.meta.url));
const { positionals: [file = `${root}../shared/data/msr_paraphrase_train.txt`] } = parseArgs({ allowPositionals: true });
const rows = parsePairsTsv(readFileSync(file, "utf8")).filter((r) => r.label !== null);
const ctx = { publishedAt: null };
const features = rows.map((r) => {
  const a = analyzeSentence(r.text1, ctx, wordnetLexicon), b = analyzeSentence(r.text2, ctx, wordnetLexicon);
  const weights = computeTermWeights([a, b]);
  const f = measurePair({ analysis: a, bag: buildSentenceBag(a, weights) }, { analysis: b, bag: buildSentenceBag(b, weights) });
  return FEATURE_NAMES.map((name) => f[name]);
});
const labels = rows.map((r) => r.label ?? 0);
const train = features.filter((_, k) => !isHeldOut(k)), trainLabels = labels.filter((_, k) => !isHeldOut(k));
const fit = fitLogistic(train, trainLabels);
const predict = (x: number[]) => 1 / (1 + Math.exp(-(fit.bias + x.reduce((s, v, d) => s + v * fit.weights[d]!, 0))));
for (const [name, keep] of [["train", (k: number) => !isHeldOut(k)], ["held-out", isHeldOut]] as const) {
  const idx = features.map((_, k) => k).filter(keep);
  const m = measureBinary(idx.map((k) => predict(features[k]!) >= 0.5), idx.map((k) => labels[k] === 1));
  console.log(`${name.padEnd(8)} n=${m.n} accuracy ${(m.accuracy * 100).toFixed(1)}% F1 ${(m.f1 * 100).toFixed(1)}%`);
}
const model = { bias: +fit.bias.toFixed(4), weights: Object.fromEntries(FEATURE_NAMES.map((n, d) => [n, +fit.weights[d]!.toFixed(4)])) };
writeFileSync(`${root}lib/align/pair-model.json`, JSON.stringify(model, null, 2) + "\n");
console.log(JSON.stringify(model));
