import type { SentenceBag } from "./sentence-bag";

// Blocking: only sentences that share at least one informative item (a stem, an entity or a
// synonym set) are ever scored against each other. Items that most sentences carry (the
// story's main actor) are too common to block on once the comparison is large, so the work
// grows with the number of real candidates rather than with all pairs.

export interface SentenceRef {
  source: number;
  index: number;
}

const COMMON_SHARE = 0.25; // of all sentences
const MIN_SENTENCES_FOR_PRUNING = 60;

/** Cross-source candidate pairs, each once, as [a, b] with a.source < b.source. */
export function findCandidates(bags: readonly SentenceBag[][]): [SentenceRef, SentenceRef][] {
  const postings = new Map<string, SentenceRef[]>();
  const post = (key: string, ref: SentenceRef) => {
    const list = postings.get(key);
    if (!list) postings.set(key, [ref]);
    else if (list[list.length - 1] !== ref) list.push(ref);
  };
  let n = 0;
  bags.forEach((sourceBags, source) =>
    sourceBags.forEach((bag, index) => {
      n++;
      const ref = { source, index };
      for (const item of bag.items) {
        post(item.key, ref);
        for (const c of item.concepts) post(`c:${c}`, ref);
        // Stems that extend each other (Ukraine / Ukrainian) meet under a shared prefix.
        if (!item.entity && item.key.length >= 5) post(`p:${item.key.slice(0, 5)}`, ref);
      }
    }),
  );
  const tooCommon = n >= MIN_SENTENCES_FOR_PRUNING ? Math.max(8, n * COMMON_SHARE) : Infinity;
  const seen = new Set<string>();
  const out: [SentenceRef, SentenceRef][] = [];
  for (const refs of postings.values()) {
    if (refs.length < 2 || refs.length > tooCommon) continue;
    for (let x = 0; x < refs.length; x++) {
      for (let y = x + 1; y < refs.length; y++) {
        const a = refs[x]!, b = refs[y]!;
        if (a.source === b.source) continue;
        const [p, q] = a.source < b.source ? [a, b] : [b, a];
        const key = `${p.source}.${p.index}|${q.source}.${q.index}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push([p, q]);
      }
    }
  }
  return out.sort((u, v) => u[0].source - v[0].source || u[1].source - v[1].source || u[0].index - v[0].index || u[1].index - v[1].index);
}
