// Fits the two word tables of the pair judgement from training sentences (tools/calibrate-pairs.ts):
// IDF from unlabelled sentences, and TF-KLD (Ji & Eisenstein 2013) from labelled pairs — the
// Kullback-Leibler divergence between how often a word is on both sides of a paraphrase pair
// and how often it is on both sides of a non-paraphrase pair, among pairs that contain it.
// Rare words are left out of the tables; the reader gives them the default weight.

export interface TermTable {
  fallback: number;
  weights: Record<string, number>;
}

const round = (x: number) => Math.round(x * 1000) / 1000;

/** IDF scaled to 0..1; stems seen in fewer than `minDf` sentences fall back to the rarest weight. */
export function fitIdfTable(sentences: readonly (readonly string[])[], minDf = 2): TermTable {
  const df = new Map<string, number>();
  for (const s of sentences) for (const t of new Set(s)) df.set(t, (df.get(t) ?? 0) + 1);
  const n = sentences.length, logN = Math.log(n + 1);
  const idf = (d: number) => Math.log((n + 1) / (d + 1)) / logN;
  const weights: Record<string, number> = {};
  for (const [t, d] of [...df].sort((x, y) => (x[0] < y[0] ? -1 : 1))) if (d >= minDf) weights[t] = round(idf(d));
  return { fallback: round(idf(1)), weights };
}

function bernoulliKl(p: number, q: number): number {
  return p * Math.log(p / q) + (1 - p) * Math.log((1 - p) / (1 - q));
}

/** TF-KLD weights from labelled pairs of stem lists; `minPairs` pairs must contain a stem. */
export function fitKldTable(pairs: readonly [readonly string[], readonly string[]][], labels: readonly number[], minPairs = 3, smoothing = 1): TermTable {
  const counts = new Map<string, [number, number, number, number]>(); // [pos pairs, pos both, neg pairs, neg both]
  pairs.forEach(([a, b], k) => {
    const sa = new Set(a), sb = new Set(b);
    for (const t of new Set([...sa, ...sb])) {
      const c = counts.get(t) ?? [0, 0, 0, 0];
      const both = sa.has(t) && sb.has(t) ? 1 : 0;
      if (labels[k] === 1) { c[0]++; c[1] += both; } else { c[2]++; c[3] += both; }
      counts.set(t, c);
    }
  });
  const weights: Record<string, number> = {};
  const all: number[] = [];
  for (const [t, [pn, pb, nn, nb]] of [...counts].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    if (pn + nn < minPairs) continue;
    const p = (pb + smoothing) / (pn + 2 * smoothing), q = (nb + smoothing) / (nn + 2 * smoothing);
    const w = round(bernoulliKl(p, q));
    weights[t] = w;
    all.push(w);
  }
  all.sort((x, y) => x - y);
  return { fallback: all.length ? all[Math.floor(all.length / 2)]! : 0, weights };
}
