// Fits the article-context link model (lib/align/link-model.json) on the gold links of our own
// fixtures; the seeds and the fixtures marked `"heldOut": true` in their story.json (written
// after the engine was tuned, to measure how it generalises) are never trained on. Prints, per case, the ranking quality (AUC) of the
// sentence-pair score alone and of the fitted model when that case was left out of the fit.
// usage: npm run calibrate:links
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findCandidates } from "../lib/align/find-candidates";
import { LINK_FEATURES, measureLinks } from "../lib/align/link-features";
import { createPairScorer } from "../lib/align/pair-scorer";
import { compareSources } from "../lib/compare";
import { locateGoldSentences } from "./eval/match-quotes";
import { analyzeSentences } from "../lib/normalize/analyze-sentence";
import { fitLogistic } from "../lib/engine/fit-logistic";
import { prepareSource } from "../lib/pipeline/prepare-source";
import { listEvalCases, loadEvalCase, PROJECT_ROOT } from "./eval-cases";

interface Row { story: string; heldOut: boolean; x: number[]; label: number }

const isHeldOut = (articleDir: string) => {
  const story = join(articleDir, "story.json");
  return existsSync(story) && (JSON.parse(readFileSync(story, "utf8")) as { heldOut?: boolean }).heldOut === true;
};

const rows: Row[] = [];
for (const c of listEvalCases()) {
  const { gold, inputs } = loadEvalCase(c.goldPath, c.articleDir);
  const comparison = compareSources(inputs, { now: () => new Date(0) });
  const goldGroup = new Map<string, number>();
  locateGoldSentences(gold, comparison, []).picked.forEach((list, g) => list.forEach((p) => goldGroup.set(p.sentenceId, g)));
  const analyses = inputs.map((input, k) => analyzeSentences(prepareSource(input, k).sentences.map((s) => s.text), { publishedAt: comparison.sources[k]!.publishedAt }));
  const scorer = createPairScorer(analyses);
  const bySourcePair = new Map<string, ReturnType<typeof findCandidates>>();
  for (const pair of findCandidates(scorer.bags)) {
    const key = `${pair[0].source}|${pair[1].source}`;
    bySourcePair.set(key, [...(bySourcePair.get(key) ?? []), pair]);
  }
  for (const [key, pairs] of bySourcePair) {
    const [s, t] = key.split("|").map(Number) as [number, number];
    for (const { i, j, features } of measureLinks(s, t, pairs, scorer)) {
      const gi = goldGroup.get(`s${s + 1}.${i + 1}`), gj = goldGroup.get(`s${t + 1}.${j + 1}`);
      rows.push({ story: c.name, heldOut: c.isSeed || isHeldOut(c.articleDir), x: LINK_FEATURES.map((f) => features[f]), label: gi !== undefined && gi === gj ? 1 : 0 });
    }
  }
}

const fit = (train: Row[]) => fitLogistic(train.map((r) => r.x), train.map((r) => r.label), 3000, 0.5, 1e-3);
const predict = (m: ReturnType<typeof fit>, x: number[]) => m.bias + x.reduce((sum, v, d) => sum + v * m.weights[d]!, 0);
function auc(scores: number[], labels: number[]): number {
  const pos = scores.filter((_, k) => labels[k]), neg = scores.filter((_, k) => !labels[k]);
  let wins = 0;
  for (const a of pos) for (const b of neg) wins += a > b ? 1 : a === b ? 0.5 : 0;
  return pos.length && neg.length ? wins / (pos.length * neg.length) : 1;
}

const training = rows.filter((r) => !r.heldOut);
for (const story of [...new Set(rows.map((r) => r.story))]) {
  const test = rows.filter((r) => r.story === story);
  const model = fit(training.filter((r) => r.story !== story));
  const labels = test.map((r) => r.label);
  console.log(`${story.padEnd(30)} AUC pair score ${auc(test.map((r) => r.x[0]!), labels).toFixed(3)}  link model (left out) ${auc(test.map((r) => predict(model, r.x)), labels).toFixed(3)}`);
}
const model = fit(training);
const out = { bias: +model.bias.toFixed(4), weights: Object.fromEntries(LINK_FEATURES.map((f, d) => [f, +model.weights[d]!.toFixed(4)])) };
writeFileSync(join(PROJECT_ROOT, "lib/align/link-model.json"), JSON.stringify(out, null, 2) + "\n");
console.log(JSON.stringify(out));
