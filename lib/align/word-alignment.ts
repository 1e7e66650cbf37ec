import { sensesMeet, splitSenses, type SenseSets } from "../normalize/lexicon";
import type { SentenceAnalysis } from "../types";

// Word alignment for the pair judgement (decision 0150): each content word of one sentence is
// aligned to the other sentence at the strongest level it reaches — the same stem, a stem of
// the same first five letters ("Ukraine" / "Ukrainian"), or a shared WordNet sense — and the
// aligned share of each side is weighed by how rare the word is. Names and figures left
// unaligned on either side are kept apart: they are what turns near-copies into two facts.

export interface WordWeights {
  /** Rarity weight of a stem (IDF from the training sentences); unseen stems weigh the most. */
  idf(stem: string): number;
}

export interface Alignment {
  /** Share of A's and B's weighted content aligned exactly (same stem). */
  exactA: number;
  exactB: number;
  /** Share aligned by stem, five-letter prefix or synonym (includes exact). */
  looseA: number;
  looseB: number;
  /** Unaligned entity keys / figures on either side. */
  entityMissing: number;
  numberMissing: number;
  numberShared: number;
  /** Content words of A / B left unaligned, as counts. */
  unalignedA: number;
  unalignedB: number;
}

interface Word { stem: string; prefix: string | null; senses: SenseSets; weight: number }

const PREFIX = 5;

function wordsOf(a: SentenceAnalysis, weights: WordWeights): Word[] {
  const seen = new Set<string>();
  const words: Word[] = [];
  a.terms.forEach((stem, k) => {
    if (seen.has(stem)) return;
    seen.add(stem);
    words.push({ stem, prefix: stem.length >= PREFIX ? stem.slice(0, PREFIX) : null, senses: splitSenses(a.concepts[k] ?? []), weight: weights.idf(stem) });
  });
  return words;
}

/** Weighted shares of `from` aligned exactly and loosely into `to`. */
function alignSide(from: readonly Word[], to: readonly Word[]): { exact: number; loose: number; unaligned: number } {
  const stems = new Set(to.map((w) => w.stem)), prefixes = new Set(to.flatMap((w) => (w.prefix ? [w.prefix] : [])));
  let total = 0, exact = 0, loose = 0, unaligned = 0;
  for (const w of from) {
    total += w.weight;
    if (stems.has(w.stem)) { exact += w.weight; loose += w.weight; continue; }
    if ((w.prefix && prefixes.has(w.prefix)) || to.some((x) => sensesMeet(w.senses, x.senses))) loose += w.weight;
    else unaligned++;
  }
  return total ? { exact: exact / total, loose: loose / total, unaligned } : { exact: 0, loose: 0, unaligned };
}

export function alignWords(a: SentenceAnalysis, b: SentenceAnalysis, weights: WordWeights): Alignment {
  const wa = wordsOf(a, weights), wb = wordsOf(b, weights);
  const ab = alignSide(wa, wb), ba = alignSide(wb, wa);
  const keysA = new Set(a.entities.map((e) => e.key)), keysB = new Set(b.entities.map((e) => e.key));
  const entityMissing = [...keysA].filter((k) => !keysB.has(k)).length + [...keysB].filter((k) => !keysA.has(k)).length;
  const valuesA = new Set(a.numbers.map((n) => n.value)), valuesB = new Set(b.numbers.map((n) => n.value));
  const unmatched = [...valuesA].filter((v) => !valuesB.has(v)).length + [...valuesB].filter((v) => !valuesA.has(v)).length;
  const shared = [...valuesA].filter((v) => valuesB.has(v)).length;
  return {
    exactA: ab.exact, exactB: ba.exact, looseA: ab.loose, looseB: ba.loose,
    entityMissing: Math.min(1, entityMissing / 2),
    numberMissing: unmatched ? 1 : 0,
    numberShared: shared ? 1 : 0,
    unalignedA: ab.unaligned,
    unalignedB: ba.unaligned,
  };
}
