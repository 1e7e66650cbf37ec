// For tests only: three short reports written for Parallax's tests, whose lead sentences each
// state two facts, compared by the version-2 engine (facts: true), and the seed story as a
// version-1 and a version-2 comparison. Source 3 leaves out a detail the others print (the
// inspections), so it must never be credited with it.
import { readFileSync } from "node:fs";
import { defaultEngine } from "../lib/engine/default-engine";
import type { Comparison, SourceInput } from "../lib/types";

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
