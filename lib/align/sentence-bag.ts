import type { SentenceAnalysis } from "../types";
import { splitSenses, type SenseSets } from "../normalize/lexicon";
import { foldText } from "../normalize/fold-text";
import { NEUTRAL_REPORTING_VERBS } from "../normalize/reporting-verbs";
import { stemWord } from "../normalize/stem";
import type { TermWeights } from "./term-weights";

// The unit of matching: a sentence as a bag of weighted items. A named entity becomes one item
// keyed by its canonical key, so "Vladimir Zelensky" and "Volodymyr Zelenskiy" match exactly
// and the words of a name are not counted twice.

export interface BagItem {
  key: string;
  weight: number;
  /** The word's synonym-set keys, split into main and rarer senses once, for the matcher. */
  senses: SenseSets;
  entity: boolean;
  /** The key without its "e:" mark, and its first five letters when it has that many. */
  stem: string;
  prefix: string | null;
}

export interface SentenceBag {
  items: BagItem[];
  total: number;
}

const ENTITY_WEIGHT = 0.9; // a shared name alone must not make two statements one fact
const ASIDE_WEIGHT = 0.4; // words only found in an appositive or relative clause describe
// Reporting verbs are the glue of news copy ("said", "told", "according to"): nearly every
// sentence has one, so sharing one says little about sharing a statement. Their stems come from
// the neutral part of the one list of reporting verbs (decision 0155), and "according to".
const REPORTING_WEIGHT = 0.3;
const REPORTING = new Set([...NEUTRAL_REPORTING_VERBS, "according"].map(stemWord));

const WORDS = /[\p{L}\p{N}]+/gu;

/** Stems that occur in the sentence's asides only, not in its main clause. */
function findAsideStems(analysis: SentenceAnalysis): Set<string> {
  if (!analysis.asides.length) return new Set();
  const inAsides = new Set(analysis.asides.flatMap((a) => (foldText(a).match(WORDS) ?? []).map((w) => stemWord(w.replace(/'s$/, "")))));
  const counts = new Map<string, number>();
  for (const t of analysis.terms) counts.set(t, (counts.get(t) ?? 0) + 1);
  const asideCounts = new Map<string, number>();
  for (const a of analysis.asides) for (const w of foldText(a).match(WORDS) ?? []) {
    const st = stemWord(w);
    asideCounts.set(st, (asideCounts.get(st) ?? 0) + 1);
  }
  return new Set([...inAsides].filter((t) => (counts.get(t) ?? 0) <= (asideCounts.get(t) ?? 0)));
}

export function buildSentenceBag(analysis: SentenceAnalysis, weights: TermWeights): SentenceBag {
  const entityWords = new Set<string>();
  const asideStems = findAsideStems(analysis);
  const damp = (words: string[]) => (words.length && words.every((w) => asideStems.has(w)) ? ASIDE_WEIGHT : 1);
  const items: BagItem[] = [];
  const seen = new Set<string>();
  for (const e of analysis.entities) {
    // A multiword organisation ("State Security Committee") is best matched by its words, which
    // other outlets reuse ("security agency"); people and places are matched by their key.
    if (e.type === "organization" && /\s/.test(e.text.trim())) continue;
    const words = (foldText(e.text).match(WORDS) ?? []).map((w) => stemWord(w.replace(/'s$/, "")));
    for (const w of words) entityWords.add(w);
    const key = `e:${e.key}`;
    if (seen.has(key) || !e.key) continue;
    seen.add(key);
    items.push({ key, weight: weights.weight(key) * ENTITY_WEIGHT * damp(words), senses: splitSenses([]), entity: true, ...stemParts(e.key) });
  }
  analysis.terms.forEach((term, k) => {
    if (seen.has(term) || isEntityTerm(term, entityWords)) return;
    seen.add(term);
    const glue = REPORTING.has(term) ? REPORTING_WEIGHT : 1;
    items.push({ key: term, weight: weights.weight(term) * damp([term]) * glue, senses: splitSenses(analysis.concepts[k] ?? []), entity: false, ...stemParts(term) });
  });
  return { items, total: items.reduce((s, it) => s + it.weight, 0) };
}

// Stems that share a five-letter prefix may be one word in two forms (Ukraine / Ukrainian).
const PREFIX_LENGTH = 5;

function stemParts(stem: string): { stem: string; prefix: string | null } {
  return { stem, prefix: stem.length >= PREFIX_LENGTH ? stem.slice(0, PREFIX_LENGTH) : null };
}

function isEntityTerm(term: string, entityWords: Set<string>): boolean {
  return entityWords.has(term);
}

/** Joins the bags of neighbouring sentences that together may say what one sentence says. */
export function mergeBags(bags: readonly SentenceBag[]): SentenceBag {
  if (bags.length === 1 && bags[0]) return bags[0];
  const byKey = new Map<string, BagItem>();
  for (const bag of bags) for (const it of bag.items) if (!byKey.has(it.key)) byKey.set(it.key, it);
  const items = [...byKey.values()];
  return { items, total: items.reduce((s, it) => s + it.weight, 0) };
}
