// npm run bench: median warm timings of the engine in process. Speed targets are shown here,
// not asserted in unit tests (a loaded CI machine must not turn timing into red builds).
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createRandom, makeSyntheticStory } from "../test-support/make-synthetic";
import { cleanSource } from "../lib/clean/clean-source";
import { compareSources } from "../lib/compare";
import type { SourceInput } from "../lib/types";
import { alignByTfidf } from "./eval/tfidf-peer";

const root = fileURLToPath(new URL("..", import.meta.url));
const deps = { now: () => new Date(0) };

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function time(inputs: SourceInput[], runs: number, facts = false): { ms: number; sentences: number } {
  let sentences = 0;
  compareSources(inputs, deps, { facts }); // warm-up: JIT, lexicon load
  const samples: number[] = [];
  for (let k = 0; k < runs; k++) {
    const t0 = performance.now();
    const c = compareSources(inputs, deps, { facts });
    samples.push(performance.now() - t0);
    sentences = c.sources.reduce((n, s) => n + s.sentences.length, 0);
  }
  return { ms: median(samples), sentences };
}

function loadSeed(): SourceInput[] {
  const dir = `${root}seeds/belarus-kgb-talks/`;
  const story = JSON.parse(readFileSync(`${dir}story.json`, "utf8")) as { sources: { file: string; outlet: string | null; title: string | null }[] };
  return story.sources.map((s) => ({ text: readFileSync(dir + s.file, "utf8"), format: "text", outlet: s.outlet, title: s.title }));
}

const rows: [string, string, string][] = [];
const report = (name: string, r: { ms: number; sentences: number }, target: string) => {
  rows.push([name, `${r.ms.toFixed(1)} ms`, `${r.sentences} sentences${target ? `; target ${target}` : ""}`]);
};
// Version 1 (sentences) and version 2 (facts: the claim step, claims aligned, facts assembled).
for (const [label, facts] of [["v1", false], ["v2 facts", true]] as const) {
  report(`${label}: seed story (2 sources)`, time(loadSeed(), 21, facts), "< 50 ms");
  for (const n of [2, 5, 12]) report(`${label}: synthetic ${n} sources x 80 sentences`, time(makeSyntheticStory(n, 80, createRandom(n)), n === 12 ? 5 : 11, facts), n === 12 ? "< 1000 ms" : "");
}
// The peer: a plain TF-IDF cosine aligner (tools/eval/tfidf-peer.ts) on the same synthetic input,
// so the engine's time reads as a multiple of the simplest method that does the same job.
for (const n of [5, 12]) {
  const inputs = makeSyntheticStory(n, 80, createRandom(n));
  const engine = time(inputs, 5);
  const texts = inputs.map((i) => i.text ?? "");
  alignByTfidf(texts);
  const samples = Array.from({ length: 5 }, () => {
    const t0 = performance.now();
    alignByTfidf(texts);
    return performance.now() - t0;
  });
  const peer = median(samples);
  rows.push([`TF-IDF cosine peer, ${n} x 80`, `${peer.toFixed(1)} ms`, `engine (v1)/peer x${(engine.ms / peer).toFixed(1)}`]);
}
let previous: number | null = null;
for (const size of [40, 80, 160, 320]) {
  const r = time(makeSyntheticStory(4, size, createRandom(size)), 5);
  rows.push([`scaling: 4 sources x ${size} sentences`, `${r.ms.toFixed(1)} ms`, previous ? `x${(r.ms / previous).toFixed(2)} for 2x sentences` : ""]);
  previous = r.ms;
}
// Cleaning near the 2 MB per-source limit: the unit tests only guard against hangs.
const paragraph = "The Lakeport ferry carried 1,200 passengers on its first day, the operator said on Monday. ";
const bigText = `${paragraph}\n`.repeat(Math.floor(1_900_000 / (paragraph.length + 1)));
const block = `<div><p>${paragraph}</p><a href="/x">Related Link Here</a></div>`;
const bigHtml = `<html><body>${block.repeat(Math.floor(1_900_000 / block.length))}</body></html>`;
for (const [name, input] of [["clean 1.9 MB of plain text", { text: bigText }], ["clean 1.9 MB of HTML", { html: bigHtml }]] as const) {
  cleanSource(input);
  const samples = Array.from({ length: 3 }, () => {
    const t0 = performance.now();
    cleanSource(input);
    return performance.now() - t0;
  });
  rows.push([name, `${median(samples).toFixed(1)} ms`, ""]);
}

const width = Math.max(...rows.map((r) => r[0].length));
console.log("Engine (median, warm, in process)");
for (const [a, b, c] of rows) console.log(`  ${a.padEnd(width)}  ${b.padStart(10)}  ${c}`);
