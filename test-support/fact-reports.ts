// For tests only: three short reports written for Parallax's tests, whose lead sentences each
// state two facts, compared by the version-2 engine (facts: true), and the seed story as a
// version-1 and a version-2 comparison. Source 3 leaves out a detail the others print (the
// inspections), so it must never be credited with it.
import { readFileSync } from "node:fs";
import { defaultEngine } from "../lib/engine/default-engine";
import type { Comparison, Source, SourceInput } from "../lib/types";

export const FACT_REPORTS: SourceInput[] = [
  {
    outlet: "Harbour Gazette",
    text:
      "A tram left the rails in central Orlov on Monday morning, injuring 12 of the passengers on board. " +
      "The city transport board suspended the driver, and it ordered inspections of every tram in the fleet. " +
      "Service on the northern line was suspended until Wednesday.\n\n" +
      "The driver was taken to hospital for tests, a board spokesman said.",
  },
  {
    outlet: "Orlov Daily",
    text:
      "A tram derailed in central Orlov on Monday, and twelve of the passengers on board were hurt. " +
      "The transport board suspended the driver and has ordered inspections of every tram in the fleet. " +
      "Service on the northern line will resume on Wednesday.\n\n" +
      "Local shop owners complained about the noise of the repair crews.",
  },
  {
    title: "Tram derails in Orlov",
    url: "https://river-news.example/tram",
    text:
      "A tram derailed in central Orlov on Monday, injuring 14 of the passengers on board. " +
      "The transport board suspended the driver, a spokesman said. Service on the northern line was halted until Wednesday. " +
      "It was the second derailment in the city this year.",
  },
];

const NOW = () => new Date("2031-04-07T08:00:00.000Z");

export function makeFactComparison(): Comparison {
  return { ...defaultEngine.compare(FACT_REPORTS, { now: NOW }, { facts: true }), id: "Facts00000000001" };
}

function loadSeedInputs(): SourceInput[] {
  const dir = new URL("../seeds/belarus-kgb-talks/", import.meta.url);
  const story = JSON.parse(readFileSync(new URL("story.json", dir), "utf8")) as { sources: { file: string; outlet: string | null; title: string | null }[] };
  return story.sources.map((s) => ({ text: readFileSync(new URL(s.file, dir), "utf8"), format: "text", outlet: s.outlet, title: s.title }));
}

export function makeSeedComparison(facts: boolean): Comparison {
  return { ...defaultEngine.compare(loadSeedInputs(), { now: () => new Date("2025-10-19T12:00:00.000Z") }, { facts }), id: "seed-belarus-kgb-talks" };
}

const source = (id: string, outlet: string, texts: string[]): Source => ({
  id, title: null, outlet, url: null, publishedAt: null, removed: [],
  sentences: texts.map((text, k) => ({ id: `${id}.${k + 1}`, text, paragraph: 0 })),
});

// Our own reports: each lead states two facts; the third source never mentions inspections.
const A = "A tram left the rails in Orlov on Monday, injuring 12 passengers.";
const B = "A tram derailed in Orlov on Monday, and twelve passengers were hurt.";
const C = "A tram came off its track in Orlov on Monday, injuring 14 passengers.";
const span = (sentenceId: string, text: string, part: string) => ({ sentenceId, start: text.indexOf(part), end: text.indexOf(part) + part.length });
/** A version-2 comparison written by hand, so tests do not follow the engine's accuracy. */
export function makeHandmadeFacts(): Comparison {
  return structuredClone(HANDMADE);
}

const HANDMADE: Comparison = {
  version: 2,
  id: "Facts00000000002",
  createdAt: "2031-04-07T08:00:00.000Z",
  sources: [
    source("s1", "Harbour Gazette", [A, "The board ordered inspections of every tram."]),
    source("s2", "Orlov Daily", [B, "Inspections of every tram were ordered by the board."]),
    source("s3", "River News", [C, "It was the second derailment this year."]),
  ],
  groups: [
    {
      id: "g1", kind: "shared", score: 0.9, conflicts: [], variants: [], diff: null,
      members: [
        { sourceId: "s1", sentenceIds: ["s1.1"], spans: [span("s1.1", A, "A tram left the rails in Orlov on Monday")] },
        { sourceId: "s2", sentenceIds: ["s2.1"], spans: [span("s2.1", B, "A tram derailed in Orlov on Monday")] },
        { sourceId: "s3", sentenceIds: ["s3.1"], spans: [span("s3.1", C, "A tram came off its track in Orlov on Monday")] },
      ],
    },
    {
      id: "g2", kind: "conflict", score: 0.7, variants: [], diff: null,
      conflicts: [{ type: "number", values: [{ sourceId: "s1", text: "12" }, { sourceId: "s2", text: "twelve" }, { sourceId: "s3", text: "14" }] }],
      members: [
        { sourceId: "s1", sentenceIds: ["s1.1"], spans: [span("s1.1", A, ", injuring 12 passengers.")] },
        { sourceId: "s2", sentenceIds: ["s2.1"], spans: [span("s2.1", B, ", and twelve passengers were hurt.")] },
        { sourceId: "s3", sentenceIds: ["s3.1"], spans: [span("s3.1", C, ", injuring 14 passengers.")] },
      ],
    },
    { id: "g3", kind: "shared", score: 0.8, conflicts: [], variants: [], diff: null, members: [{ sourceId: "s1", sentenceIds: ["s1.2"] }, { sourceId: "s2", sentenceIds: ["s2.2"] }] },
    { id: "g4", kind: "unique", score: 1, conflicts: [], variants: [], diff: null, members: [{ sourceId: "s3", sentenceIds: ["s3.2"] }] },
  ],
  stats: { shared: 2, conflict: 1, unique: 1 },
  warnings: [],
};
