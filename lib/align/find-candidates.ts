import type { SentenceBag } from "./sentence-bag";

// Blocking: sentences are only scored against each other when they share informative items (a
// stem, an entity, a synonym set, a long prefix). Each sentence keeps, per other source, only
// its few best candidates by a cheap shared-weight score, so the expensive scoring grows with
// sentences × sources rather than with all pairs; items that most sentences carry (the story's
// main actor) are not used for blocking at all once the comparison is large.

export interface SentenceRef {
  source: number;
  index: number;
}

const COMMON_SHARE = 0.05; // of all sentences
const COMMON_PER_SOURCE = 3; // ... or this many sentences per source on average
const MIN_SENTENCES_FOR_PRUNING = 60;
const PER_SOURCE = 4; // candidates a sentence keeps in each other source
// Shared weight over the pair's total weight below which no model score could clear a link.
const MIN_ESTIMATE = 0.08;

export function findCandidates(bags: readonly SentenceBag[][]): [SentenceRef, SentenceRef][] {
  const refs: SentenceRef[] = [];
  const postings = new Map<string, { ref: number; weight: number }[]>();
  bags.forEach((sourceBags, source) =>
    sourceBags.forEach((bag, index) => {
      const ref = refs.push({ source, index }) - 1;
      const keys = new Map<string, number>();
      for (const item of bag.items) {
        keys.set(item.key, Math.max(keys.get(item.key) ?? 0, item.weight));
        // A rarer sense meets its main-sense partners under the same key.
        for (const senses of [item.senses.main, item.senses.wide]) {
          for (const c of senses) keys.set(`c:${c}`, Math.max(keys.get(`c:${c}`) ?? 0, item.weight * 0.8));
        }
        // Stems that extend each other (Ukraine / Ukrainian) meet under a shared prefix.
        if (item.prefix !== null) keys.set(`p:${item.prefix}`, Math.max(keys.get(`p:${item.prefix}`) ?? 0, item.weight * 0.6));
      }
      keys.forEach((weight, key) => {
        const list = postings.get(key);
        if (list) list.push({ ref, weight });
        else postings.set(key, [{ ref, weight }]);
      });
    }),
  );
  const n = refs.length;
  const tooCommon = n >= MIN_SENTENCES_FOR_PRUNING ? Math.max(8, n * COMMON_SHARE, bags.length * COMMON_PER_SOURCE) : Infinity;
  const overlap = new Map<number, number>(); // a * n + b -> cheap score
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > tooCommon) continue;
    for (let x = 0; x < list.length; x++) {
      for (let y = x + 1; y < list.length; y++) {
        const a = list[x]!, b = list[y]!;
        if (refs[a.ref]!.source === refs[b.ref]!.source) continue;
        const key = a.ref * n + b.ref;
        overlap.set(key, (overlap.get(key) ?? 0) + Math.min(a.weight, b.weight));
      }
    }
  }
  const totals = bags.flatMap((sourceBags) => sourceBags.map((b) => b.total));
  overlap.forEach((score, key) => {
    const sum = totals[Math.floor(key / n)]! + totals[key % n]!;
    if (sum > 0 && (2 * score) / sum < MIN_ESTIMATE) overlap.delete(key);
  });
  return keepBest(overlap, refs, n);
}

/** Per sentence and other source, the PER_SOURCE best candidates; a pair kept by either side stays. */
function keepBest(overlap: Map<number, number>, refs: SentenceRef[], n: number): [SentenceRef, SentenceRef][] {
  const best = new Map<string, { key: number; score: number }[]>();
  const offer = (ref: number, other: number, key: number, score: number) => {
    const slot = `${ref}|${refs[other]!.source}`;
    const list = best.get(slot) ?? [];
    list.push({ key, score });
    best.set(slot, list);
  };
  overlap.forEach((score, key) => {
    const a = Math.floor(key / n), b = key % n;
    offer(a, b, key, score);
    offer(b, a, key, score);
  });
  const kept = new Set<number>();
  for (const list of best.values()) {
    list.sort((x, y) => y.score - x.score || x.key - y.key);
    for (const c of list.slice(0, PER_SOURCE)) kept.add(c.key);
  }
  const out: [SentenceRef, SentenceRef][] = [...kept].map((key) => {
    const a = refs[Math.floor(key / n)]!, b = refs[key % n]!;
    return a.source < b.source ? [a, b] : [b, a];
  });
  return out.sort((u, v) => u[0].source - v[0].source || u[1].source - v[1].source || u[0].index - v[0].index || u[1].index - v[1].index);
}
