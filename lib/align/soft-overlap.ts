import { conceptsMeet, WIDE_SENSE } from "../normalize/lexicon";
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
  if (!a.entity && !b.entity && conceptsMeet(a.concepts, b.concepts)) return SYNONYM_CREDIT;
  return prefixCredit(a.entity ? a.key.slice(2) : a.key, b.entity ? b.key.slice(2) : b.key);
}

/** The keys under which an item's partners by concept are indexed. */
function partnerKeys(c: string): string[] {
  return c.startsWith(WIDE_SENSE) ? [c.slice(1)] : [c, WIDE_SENSE + c];
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
  byConcept: Map<string, number[]>;
  byPrefix: Map<string, number[]>;
}

const indexes = new WeakMap<SentenceBag, BagIndex>();

const stemOf = (item: BagItem) => (item.entity ? item.key.slice(2) : item.key);

function indexBag(bag: SentenceBag): BagIndex {
  let index = indexes.get(bag);
  if (index) return index;
  index = { byKey: new Map(), byConcept: new Map(), byPrefix: new Map() };
  const push = (map: Map<string, number[]>, key: string, k: number) => {
    const list = map.get(key);
    if (list) list.push(k);
    else map.set(key, [k]);
  };
  bag.items.forEach((item, k) => {
    index!.byKey.set(item.key, k);
    if (!item.entity) for (const c of item.concepts) push(index!.byConcept, c, k);
    const stem = stemOf(item);
    if (stem.length >= 5) push(index!.byPrefix, stem.slice(0, 5), k);
  });
  indexes.set(bag, index);
  return index;
}

export function measureOverlap(a: SentenceBag, b: SentenceBag): Overlap {
  let coveredA = 0, matchedKeys = 0;
  const bestB = new Float64Array(b.items.length);
  const index = indexBag(b);
  let best = 0;
  // Candidate partners come from three maps and may repeat; matchItems is cheap and idempotent,
  // so a repeat costs one call, which is less than building a set per item. Every map is always
  // consulted, so b's coverage comes out as if measured from b's side.
  const consider = (ia: BagItem, k: number) => {
    const m = matchItems(ia, b.items[k]!);
    if (m > best) best = m;
    if (m > bestB[k]!) bestB[k] = m;
  };
  for (const ia of a.items) {
    best = 0;
    const exact = index.byKey.get(ia.key);
    if (exact !== undefined) consider(ia, exact);
    if (!ia.entity) for (const c of ia.concepts) for (const key of partnerKeys(c)) for (const k of index.byConcept.get(key) ?? []) consider(ia, k);
    const stem = stemOf(ia);
    if (stem.length >= 5) for (const k of index.byPrefix.get(stem.slice(0, 5)) ?? []) consider(ia, k);
    if (best === 1) matchedKeys++;
    coveredA += best * ia.weight;
  }
  let coveredB = 0;
  b.items.forEach((ib, k) => (coveredB += bestB[k]! * ib.weight));
  return { coveredA, coveredB, matchedKeys };
}
