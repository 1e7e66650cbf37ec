// The plain TF-IDF cosine that the issue measures the engine against: lower-cased word tokens,
// smoothed IDF over the sentences at hand, cosine of the weighted vectors. No stemming, no
// stop-word list, no synonyms, on purpose: it is the peer, not a contender.

export type SparseVector = Map<string, number>;

export function tokenizeWords(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)?/gu) ?? [];
}

/** Smoothed IDF, log((1 + n) / (1 + df)) + 1, as common TF-IDF implementations use. */
export function fitIdf(documents: readonly string[][]): Map<string, number> {
  const df = new Map<string, number>();
  for (const doc of documents) for (const t of new Set(doc)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = documents.length;
  const idf = new Map<string, number>();
  for (const [t, d] of df) idf.set(t, Math.log((1 + n) / (1 + d)) + 1);
  return idf;
}

/** Unit-length TF-IDF vector; a word the IDF never saw weighs as one seen once. */
export function vectorize(tokens: readonly string[], idf: ReadonlyMap<string, number>, unseen = Math.log(idf.size + 1) + 1): SparseVector {
  const v: SparseVector = new Map();
  for (const t of tokens) v.set(t, (v.get(t) ?? 0) + (idf.get(t) ?? unseen));
  let norm = 0;
  for (const w of v.values()) norm += w * w;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [t, w] of v) v.set(t, w / norm);
  return v;
}

export function cosine(a: SparseVector, b: SparseVector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [t, w] of small) dot += w * (large.get(t) ?? 0);
  return dot;
}

export interface PeerLink { source: number; sentence: number; otherSource: number; otherSentence: number; score: number }

/** Sentence ends: a full stop, question or exclamation mark, or a line break. */
export function splitSentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter((s) => s.length > 0);
}

/**
 * The peer aligner: every sentence of every source against every sentence of each other source,
 * linked to its best match there when the cosine reaches the threshold. Dot products come from
 * each source's inverted index, as any TF-IDF search does, so the peer is not slow by neglect.
 */
export function alignByTfidf(texts: readonly string[], threshold = 0.5): PeerLink[] {
  const sentences = texts.map(splitSentences);
  const tokens = sentences.map((list) => list.map(tokenizeWords));
  const idf = fitIdf(tokens.flat());
  const vectors = tokens.map((list) => list.map((t) => vectorize(t, idf)));
  const indexes = vectors.map((list) => {
    const postings = new Map<string, [number, number][]>();
    list.forEach((v, j) => v.forEach((w, term) => {
      const list = postings.get(term);
      if (list) list.push([j, w]);
      else postings.set(term, [[j, w]]);
    }));
    return postings;
  });
  const links: PeerLink[] = [];
  vectors.forEach((own, s) => {
    indexes.forEach((postings, t) => {
      if (s === t) return;
      const dots = new Float64Array(vectors[t]!.length);
      own.forEach((v, i) => {
        dots.fill(0);
        v.forEach((w, term) => {
          for (const [j, x] of postings.get(term) ?? []) dots[j]! += w * x;
        });
        let best = -1, score = threshold;
        dots.forEach((d, j) => {
          if (d >= score) { score = d; best = j; }
        });
        if (best >= 0) links.push({ source: s, sentence: i, otherSource: t, otherSentence: best, score });
      });
    });
  });
  return links;
}

/** Spearman's rank correlation, tied values sharing their mean rank. */
export function measureSpearman(xs: readonly number[], ys: readonly number[]): number {
  const rank = (values: readonly number[]): number[] => {
    const order = values.map((v, k) => [v, k] as const).sort((a, b) => a[0] - b[0]);
    const ranks = new Array<number>(values.length);
    for (let i = 0; i < order.length; ) {
      let j = i;
      while (j + 1 < order.length && order[j + 1]![0] === order[i]![0]) j++;
      for (let k = i; k <= j; k++) ranks[order[k]![1]] = (i + j) / 2 + 1;
      i = j + 1;
    }
    return ranks;
  };
  const rx = rank(xs), ry = rank(ys), n = xs.length;
  const mean = (n + 1) / 2;
  let sxy = 0, sxx = 0, syy = 0;
  for (let k = 0; k < n; k++) {
    const dx = rx[k]! - mean, dy = ry[k]! - mean;
    sxy += dx * dy; sxx += dx * dx; syy += dy * dy;
  }
  return sxx && syy ? sxy / Math.sqrt(sxx * syy) : 0;
}
