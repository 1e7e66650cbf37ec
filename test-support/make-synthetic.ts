import type { SourceInput } from "../lib/types";

// Synthetic stories for benchmarks: every source retells a shared pool of facts (reworded,
// reordered, sometimes with another number) and adds facts of its own, so alignment does the
// work it does on real coverage. Randomness comes in as a function: same seed, same story.

export type Random = () => number;

/** mulberry32: a tiny, well-known deterministic generator, enough for test data. */
export function createRandom(seed: number): Random {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ACTORS = ["the mayor", "the transport minister", "the union leader", "the fire chief", "the harbour authority", "the city council", "the regional governor", "a company spokeswoman", "the health agency", "local residents"];
const VERBS = [["said", "stated"], ["announced", "declared"], ["warned", "cautioned"], ["confirmed", "acknowledged"], ["rejected", "turned down"]];
const OBJECTS = ["the new ferry timetable", "the bridge repairs", "the water rationing plan", "the strike at the port", "the evacuation order", "the budget for schools", "the flood barrier project", "the power outage", "the rail tunnel contract", "the housing subsidy"];
const TAILS = ["after a meeting on Tuesday", "in a statement to reporters", "following weeks of protests", "despite objections from the opposition", "ahead of the winter season", "during a visit to the northern district"];
const NOUNS = ["households", "workers", "passengers", "residents", "vehicles", "schools"];

const pick = <T>(r: Random, list: readonly T[]): T => list[Math.floor(r() * list.length)]!;
const SYLLABLES = ["ka", "lo", "ven", "dra", "mi", "sor", "tal", "bren", "quo", "ris", "nat", "hel", "pu", "gor", "vi", "zan"];

// Real facts carry words of their own (a street, a company, a person); without them every
// synthetic sentence would look like every other one and blocking would have nothing to do.
function makeName(r: Random): string {
  const word = Array.from({ length: 2 + Math.floor(r() * 2) }, () => pick(r, SYLLABLES)).join("");
  return word[0]!.toUpperCase() + word.slice(1);
}

function makeFact(r: Random, k: number): { subject: string; verb: number; object: string; tail: string; count: number; noun: string } {
  return { subject: `${pick(r, ACTORS)} of ${makeName(r)}`, verb: Math.floor(r() * VERBS.length), object: `${pick(r, OBJECTS)} near ${makeName(r)} ${k % 2 ? "Street" : "Square"}`, tail: pick(r, TAILS), count: 10 + Math.floor(r() * 990), noun: pick(r, NOUNS) };
}

function tell(fact: ReturnType<typeof makeFact>, r: Random, changeNumber: boolean): string {
  const verb = VERBS[fact.verb]![r() < 0.5 ? 0 : 1]!;
  const count = changeNumber ? fact.count + 1 + Math.floor(r() * 20) : fact.count;
  const s = r() < 0.5
    ? `${fact.subject} ${verb} ${fact.object} ${fact.tail}, affecting ${count} ${fact.noun}.`
    : `${fact.tail[0]!.toUpperCase()}${fact.tail.slice(1)}, ${fact.subject} ${verb} ${fact.object}, which affects ${count} ${fact.noun}.`;
  return s[0]!.toUpperCase() + s.slice(1);
}

/** `sources` articles of `sentences` sentences each, about half of them shared facts. */
export function makeSyntheticStory(sources: number, sentences: number, r: Random): SourceInput[] {
  const pool = Array.from({ length: sentences }, (_, k) => makeFact(r, k));
  let next = sentences;
  return Array.from({ length: sources }, (_, s) => {
    const lines: string[] = [];
    for (let k = 0; k < sentences; k++) {
      const fact = r() < 0.5 ? pool[k]! : makeFact(r, next++);
      lines.push(tell(fact, r, r() < 0.1));
    }
    for (let k = lines.length - 1; k > 0; k--) if (r() < 0.15) [lines[k], lines[k - 1]] = [lines[k - 1]!, lines[k]!];
    const paragraphs: string[] = [];
    for (let k = 0; k < lines.length; k += 3) paragraphs.push(lines.slice(k, k + 3).join(" "));
    return { text: paragraphs.join("\n\n"), format: "text", outlet: `Outlet ${s + 1}`, title: null };
  });
}
