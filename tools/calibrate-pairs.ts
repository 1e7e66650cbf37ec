// Fits pair mode's judgement (lib/align/pair-judge-model.json, decision 0150): IDF over the
// training sentences, TF-KLD over the labelled MSRP training folds, then a logistic model over
// the judgement's features on those folds plus the STS Benchmark's training pairs (their 0-5
// score as a soft label, score / 5), with the decision threshold of best accuracy on the training
// folds; and a ridge ranking head on STS-B train's scores, blended with P(same) (decision 0165).
// The held-out MSRP fold (every fifth pair) and STS-B dev are never fitted on; their figures are
// printed. Deterministic: same data, same JSON.
// usage: npm run calibrate:pairs [-- PATH/TO/msr_paraphrase_train.txt PATH/TO/sts-train.csv PATH/TO/sts-dev.csv]
import { readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { fitLinear } from "../lib/align/fit-linear";
import { fitIdfTable, fitKldTable } from "../lib/align/fit-term-tables";
import { JUDGE_FEATURES, measureJudgeFeatures } from "../lib/align/pair-judge-features";
import { readTables } from "../lib/align/pair-judge";
import { parsePairsTsv } from "../lib/engine/compare-pairs";
import { fitLogistic, isHeldOut, measureBinary } from "../lib/engine/fit-logistic";
import { sigmoid } from "../lib/engine/logistic-model";
import { analyzeSentence } from "../lib/normalize/analyze-sentence";
import { wordnetLexicon } from "../lib/normalize/lexicon";
import type { SentenceAnalysis } from "../lib/types";
import { measureSpearman } from "./eval/tfidf-peer";

const root = fileURLToPath(new URL("..", import.meta.url));
const data = `${root}../shared/data/`;
const { positionals: [msrpFile = `${data}msr_paraphrase_train.txt`, stsTrainFile = `${data}sts-train.csv`, stsDevFile = `${data}sts-dev.csv`] } = parseArgs({ allowPositionals: true });
const ctx = { publishedAt: null };
const analyze = (text: string): SentenceAnalysis => analyzeSentence(text, ctx, wordnetLexicon);

interface Pair { a: SentenceAnalysis; b: SentenceAnalysis; label: number; news: boolean }

/** STS-B rows: genre, file, year, id, score, sentence1, sentence2 (maybe two more fields). */
function readSts(file: string): Pair[] {
  return readFileSync(file, "utf8").split(/\r?\n/).flatMap((line) => {
    const cols = line.split("\t");
    return cols.length >= 7 ? [{ a: analyze(cols[5]!), b: analyze(cols[6]!), label: Number(cols[4]) / 5, news: cols[0] === "main-news" }] : [];
  });
}

const msrp: Pair[] = parsePairsTsv(readFileSync(msrpFile, "utf8")).filter((r) => r.label !== null).map((r) => ({ a: analyze(r.text1), b: analyze(r.text2), label: r.label ?? 0, news: true }));
const msrpTrain = msrp.filter((_, k) => !isHeldOut(k)), msrpHeld = msrp.filter((_, k) => isHeldOut(k));
const stsTrain = readSts(stsTrainFile), stsDev = readSts(stsDevFile).filter((p) => p.news);

const idf = fitIdfTable([...msrpTrain, ...stsTrain].flatMap((p) => [p.a.terms, p.b.terms]));
const kld = fitKldTable(msrpTrain.map((p) => [p.a.terms, p.b.terms]), msrpTrain.map((p) => p.label));
const tables = readTables({ idf, kld });
const vectorWith = (t: typeof tables) => (p: Pair) => { const f = measureJudgeFeatures(p.a, p.b, t); return JUDGE_FEATURES.map((n) => f[n]); };
const vector = vectorWith(tables);
// A training pair's TF-KLD features come from tables fitted without it (five-fold cross-fitting),
// or the logistic model would learn to trust weights that already saw the pair's label.
const FOLDS = 5;
const crossFitted = msrpTrain.map((p, k) => ({ p, fold: k % FOLDS }));
const foldTables = Array.from({ length: FOLDS }, (_, f) => {
  const others = msrpTrain.filter((_, j) => j % FOLDS !== f);
  return readTables({ idf, kld: fitKldTable(others.map((p) => [p.a.terms, p.b.terms]), others.map((p) => p.label)) });
});
// MSRP rows count twice: its yes/no labels set where P(same) crosses 0.5, while the 5,749 STS-B
// rows (captions and forums among them) mostly teach the ranking (decision 0150).
const MSRP_REPEAT = 2;
const msrpRows = crossFitted.map(({ p, fold }) => vectorWith(foldTables[fold]!)(p));
const fitRows = [...Array.from({ length: MSRP_REPEAT }, () => msrpRows).flat(), ...stsTrain.map(vector)];
const fitLabels = [...Array.from({ length: MSRP_REPEAT }, () => msrpTrain.map((p) => p.label)).flat(), ...stsTrain.map((p) => p.label)];
const fit = fitLogistic(fitRows, fitLabels, 6000, 1);
const probabilityOf = (x: number[]) => sigmoid(x.reduce((z, v, d) => z + v * fit.weights[d]!, fit.bias));
const predict = (p: Pair) => probabilityOf(vector(p));

// The threshold with the best accuracy on the training folds' cross-fitted rows, in 0.01 steps.
const trainProbabilities = msrpRows.map(probabilityOf);
let threshold = 0.5, bestCorrect = -1;
for (let t = 20; t <= 80; t++) {
  const correct = trainProbabilities.reduce((n, q, k) => n + Number(q >= t / 100 === (msrpTrain[k]!.label === 1)), 0);
  if (correct > bestCorrect) { bestCorrect = correct; threshold = t / 100; }
}

// Ranking head: all STS-B train genres (news alone ranks dev news no better, decision 0165).
const RANK_BLEND = 0.25;
const rankFit = fitLinear(stsTrain.map(vector), stsTrain.map((p) => p.label), 1e-3);
const gradeOf = (x: number[]) => Math.min(1, Math.max(0, x.reduce((z, v, d) => z + v * rankFit.weights[d]!, rankFit.bias)));
const scoreOf = (p: Pair) => { const x = vector(p); return RANK_BLEND * probabilityOf(x) + (1 - RANK_BLEND) * gradeOf(x); };

const percent = (x: number) => `${(x * 100).toFixed(1)}%`;
for (const [name, set] of [["train (in-sample)", msrpTrain], ["held-out", msrpHeld]] as const) {
  const m = measureBinary(set.map((p) => predict(p) >= threshold), set.map((p) => p.label === 1));
  console.log(`MSRP ${name.padEnd(17)} n=${m.n} accuracy ${percent(m.accuracy)} F1 ${percent(m.f1)} (threshold ${threshold.toFixed(2)})`);
}
const gold = stsDev.map((p) => p.label);
console.log(`STS-B dev news n=${stsDev.length} Spearman: score ${measureSpearman(stsDev.map(scoreOf), gold).toFixed(3)}, P(same) alone ${measureSpearman(stsDev.map(predict), gold).toFixed(3)}`);

const model = {
  bias: +fit.bias.toFixed(4),
  weights: Object.fromEntries(JUDGE_FEATURES.map((n, d) => [n, +fit.weights[d]!.toFixed(4)])),
  threshold,
  rank: {
    bias: +rankFit.bias.toFixed(4),
    weights: Object.fromEntries(JUDGE_FEATURES.map((n, d) => [n, +rankFit.weights[d]!.toFixed(4)])),
    blend: RANK_BLEND,
  },
  idf,
  kld,
};
writeFileSync(`${root}lib/align/pair-judge-model.json`, JSON.stringify(model) + "\n");
console.log(`wrote lib/align/pair-judge-model.json: ${Object.keys(idf.weights).length} IDF stems, ${Object.keys(kld.weights).length} TF-KLD stems`);
