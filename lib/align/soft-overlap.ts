import { sensesMeet } from "../normalize/lexicon";
import type { BagItem, SentenceBag } from "./sentence-bag";

// How much of each bag the other one covers. An item counts fully when the other bag has the
// same stem or entity, partly when they share a WordNet synonym set (talks ~ negotiations) or
// one stem extends the other (Ukraine ~ Ukrainian, mediate ~ mediation).

export const SYNONYM_CREDIT = 0.8;
export const PREFIX_CREDIT = 0.6;

export function matchItems(a: BagItem, b: BagItem): number {
  if (a.key === b.key) return 1;
  // Two different names are never the same; a name and a word may be (Ukraine ~ Ukrainian).
  if (a.entity && b.entity) return 0;
  if (!a.entity && !b.entity && sensesMeet(a.senses, b.senses)) return SYNONYM_CREDIT;
  return a.prefix !== null && a.prefix === b.prefix ? prefixCredit(a.stem, b.stem) : 0;
}

/** Stems that share most of a long prefix: demonyms and derivations the stemmer leaves apart. */
function prefixCredit(x: string, y: string): number {
  const shorter = Math.min(x.length, y.length);
  if (shorter < 5 || Math.abs(x.length - y.length) > 4) return 0;
  let common = 0;
  while (common < shorter && x[common] === y[common]) common++;
  return common >= 5 && common >= 0.8 * shorter ? PREFIX_CREDIT : 0;
}

export interface Overlap {
  coveredA: number; // weight of a's items found in b
  coveredB: number;
  matchedKeys: number; // items of a with an exact counterpart
}

// Candidate partners of an item in a bag, found through maps instead of trying every item:
// the same key, a shared synonym set, or the same five-letter prefix (the only ways
// matchItems can give credit).
interface BagIndex {
  byKey: Map<string, number>;
  byMainSense: Map<string, number[]>;
  byWideSense: Map<string, number[]>;
  byPrefix: Map<string, number[]>;
}

const indexes = new WeakMap<SentenceBag, BagIndex>();
const NONE: readonly number[] = [];


function indexBag(bag: SentenceBag): BagIndex {
  let index = indexes.get(bag);
  if (index) return index;
  index = { byKey: new Map(), byMainSense: new Map(), byWideSense: new Map(), byPrefix: new Map() };
  const push = (map: Map<string, number[]>, key: string, k: number) => {
    const list = map.get(key);
    if (list) list.push(k);
    else map.set(key, [k]);
  };
  bag.items.forEach((item, k) => {
    index!.byKey.set(item.key, k);
    if (!item.entity) {
      for (const c of item.senses.main) push(index!.byMainSense, c, k);
      for (const c of item.senses.wide) push(index!.byWideSense, c, k);
    }
    if (item.prefix !== null) push(index!.byPrefix, item.prefix, k);
  });
  indexes.set(bag, index);
  return index;
}

export function measureOverlap(a: SentenceBag, b: SentenceBag): Overlap {
  let coveredA = 0, matchedKeys = 0;
  const bestB = new Float64Array(b.items.length);
  const index = indexBag(b);
  // Candidate partners come from four maps and may repeat; matchItems is cheap and idempotent,
  // so a repeat costs one call, which is less than building a set per item. Every map is always
  // consulted, so b's coverage comes out as if measured from b's side.
  for (const ia of a.items) {
    let best = 0;
    const exact = index.byKey.get(ia.key);
    if (exact !== undefined) best = consider(ia, exact, b.items, bestB, best);
    if (!ia.entity) {
      // A main sense meets main and rarer senses; a rarer sense meets main senses only.
      for (const c of ia.senses.main) {
        for (const k of index.byMainSense.get(c) ?? NONE) best = consider(ia, k, b.items, bestB, best);
        for (const k of index.byWideSense.get(c) ?? NONE) best = consider(ia, k, b.items, bestB, best);
      }
      for (const c of ia.senses.wide) for (const k of index.byMainSense.get(c) ?? NONE) best = consider(ia, k, b.items, bestB, best);
    }
    if (ia.prefix !== null) for (const k of index.byPrefix.get(ia.prefix) ?? NONE) best = consider(ia, k, b.items, bestB, best);
    if (best === 1) matchedKeys++;
    coveredA += best * ia.weight;
  }
  let coveredB = 0;
  for (let k = 0; k < b.items.length; k++) coveredB += bestB[k]! * b.items[k]!.weight;
  return { coveredA, coveredB, matchedKeys };
}

/** Scores one candidate partner, records it for b's side, and returns a's best so far. */
function consider(ia: BagItem, k: number, items: readonly BagItem[], bestB: Float64Array, best: number): number {
  const m = matchItems(ia, items[k]!);
  if (m > bestB[k]!) bestB[k] = m;
  return m > best ? m : best;
}
