// WordNet synonym sets behind the Lexicon interface. The generated data (tools/build-lexicon.ts)
// is one "lemma<TAB>key key" line per lemma; it is indexed into a Map the first time a lookup
// happens, so importing the pipeline costs nothing until a sentence is analysed, and every
// lookup after that is a Map.get.
import type { Lexicon } from "../types";
import lexiconData from "./lexicon-data.json";
import { NEWS_SYNONYMS } from "./lexicon-supplement";

/** The shape of lexicon-data.json. */
export interface LexiconData {
  source: string;
  version: number;
  entries: string;
  common?: string; // space-separated single words seen in the SemCor corpus
}

const NO_SYNSETS: readonly string[] = Object.freeze([]);

/** Indexes the generated data, then merges hand-made synonym groups as extra synsets. */
export function createLexicon(
  data: LexiconData,
  supplement: readonly (readonly string[])[] = [],
): Lexicon {
  let table: Map<string, string> | null = null;
  // Values stay one string until a lemma is asked for: indexing 95k lemmas is then a single
  // pass of slices, and only the few thousand words of a comparison are ever split.
  const split = new Map<string, readonly string[]>();
  return {
    synsets: (lemma: string) => {
      const cached = split.get(lemma);
      if (cached !== undefined) return cached;
      table ??= buildTable(data, supplement);
      const raw = table.get(lemma);
      const keys = raw === undefined ? NO_SYNSETS : Object.freeze(raw.split(" "));
      split.set(lemma, keys);
      return keys;
    },
  };
}

function buildTable(data: LexiconData, supplement: readonly (readonly string[])[]): Map<string, string> {
  const table = new Map<string, string>();
  const entries = data.entries;
  for (let pos = 0; pos < entries.length; ) {
    const tab = entries.indexOf("\t", pos);
    if (tab < 0) break;
    let end = entries.indexOf("\n", tab);
    if (end < 0) end = entries.length;
    table.set(entries.slice(pos, tab), entries.slice(tab + 1, end));
    pos = end + 1;
  }
  for (const group of supplement) {
    const key = `+${group[0] ?? ""}`;
    for (const lemma of group) {
      const keys = table.get(lemma);
      // WordNet senses stay first: they are ordered by frequency, the supplement is a fallback.
      table.set(lemma, keys === undefined ? key : `${keys} ${key}`);
    }
  }
  return table;
}

// A key marked "~" is one of a word's rarer senses (tools/build-lexicon.ts). It meets another
// word's main sense but never another rare one: "household" means a family at home in its first
// sense, which is "home"'s eighth; two eighth senses meeting would be noise.
export const WIDE_SENSE = "~";

export interface SenseSets {
  main: ReadonlySet<string>;
  /** Rarer senses, with their "~" taken off. */
  wide: ReadonlySet<string>;
}

const NO_SENSES: SenseSets = { main: new Set(), wide: new Set() };

/** A word's keys sorted once, for matchers that compare it with many other words. */
export function splitSenses(concepts: readonly string[]): SenseSets {
  if (concepts.length === 0) return NO_SENSES;
  const main = new Set<string>(), wide = new Set<string>();
  for (const c of concepts) if (c.startsWith(WIDE_SENSE)) wide.add(c.slice(1)); else main.add(c);
  return { main, wide };
}

/** Whether two words share a meaning: a main sense meets main and rarer senses, a rarer sense main ones only. */
export function sensesMeet(a: SenseSets, b: SenseSets): boolean {
  for (const c of a.main) if (b.main.has(c) || b.wide.has(c)) return true;
  for (const c of a.wide) if (b.main.has(c)) return true;
  return false;
}

/** True when two lemmas share a meaning in the lexicon. */
export function shareSynset(lexicon: Lexicon, a: string, b: string): boolean {
  return sensesMeet(splitSenses(lexicon.synsets(a)), splitSenses(lexicon.synsets(b)));
}

let commonWords: ReadonlySet<string> | null = null;

/** True for an ordinary English word (seen in WordNet's sense-tagged corpus), as opposed to a name. */
export function isCommonWord(lemma: string): boolean {
  commonWords ??= new Set((lexiconData as LexiconData).common?.split(" ") ?? []);
  return commonWords.has(lemma);
}

/** The default lexicon: WordNet 3.1 plus the news supplement, loaded once per process. */
export const wordnetLexicon: Lexicon = createLexicon(lexiconData, NEWS_SYNONYMS);
