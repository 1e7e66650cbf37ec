import type { RunLink } from "./link-source-pair";

// Pairwise links become N-way groups. Strongest links first; a link joins two groups only when
// every source still holds at most one run of neighbouring sentences in the result, so a
// group never says that two separate statements of one outlet are the same fact, and when the
// two groups agree on average (average linkage), so that chains A~B~C~D of ever looser links
// do not pull unrelated statements into one group.

export interface AlignedGroup {
  members: { source: number; indices: number[] }[]; // sorted by source
  score: number;
}

interface Cluster {
  bySource: Map<number, Set<number>>;
  scores: number[];
}

/** Mean P(same) between the sentences of two groups, over pairs from different sources. */
export type Cohesion = (a: ReadonlyMap<number, ReadonlySet<number>>, b: ReadonlyMap<number, ReadonlySet<number>>) => number;

export function buildGroups(links: readonly RunLink[], sizes: readonly number[], maxRun: number, cohesion: Cohesion, minCohesion: number, anyRuns = false): AlignedGroup[] {
  const clusterOf = new Map<string, Cluster>();
  const node = (s: number, i: number) => `${s}.${i}`;
  const sorted = [...links].sort((a, b) => b.score - a.score || a.s - b.s || a.t - b.t || a.runS[0]! - b.runS[0]! || a.runT[0]! - b.runT[0]!);
  for (const link of sorted) {
    const parts = [
      ...link.runS.map((i) => clusterOf.get(node(link.s, i))),
      ...link.runT.map((j) => clusterOf.get(node(link.t, j))),
    ].filter((c): c is Cluster => c !== undefined);
    const distinct = [...new Set(parts)];
    const merged: Cluster = { bySource: new Map(), scores: [link.score] };
    const add = (s: number, i: number) => {
      const set = merged.bySource.get(s) ?? new Set<number>();
      set.add(i);
      merged.bySource.set(s, set);
    };
    for (const c of distinct) {
      c.bySource.forEach((set, s) => set.forEach((i) => add(s, i)));
      merged.scores.push(...c.scores);
    }
    link.runS.forEach((i) => add(link.s, i));
    link.runT.forEach((j) => add(link.t, j));
    // The run check is cheap and the cohesion check is not: a link that would give a source two
    // separate statements in one group is turned away before any score is read.
    if (![...merged.bySource.values()].every((set) => (anyRuns ? set.size <= maxRun : isRun(set, maxRun)))) continue;
    if (!isCohesive(link, distinct, clusterOf, cohesion, minCohesion)) continue;
    merged.bySource.forEach((set, s) => set.forEach((i) => clusterOf.set(node(s, i), merged)));
  }
  const groups: AlignedGroup[] = [];
  const emitted = new Set<Cluster>();
  sizes.forEach((size, s) => {
    for (let i = 0; i < size; i++) {
      const c = clusterOf.get(node(s, i));
      if (c && emitted.has(c)) continue;
      if (!c) { groups.push({ members: [{ source: s, indices: [i] }], score: 1 }); continue; }
      emitted.add(c);
      const members = [...c.bySource.entries()].sort((a, b) => a[0] - b[0]).map(([source, set]) => ({ source, indices: [...set].sort((x, y) => x - y) }));
      groups.push({ members, score: c.scores.reduce((a, b) => a + b, 0) / c.scores.length });
    }
  });
  return groups;
}

/** Every piece being joined (existing groups, and the link's new sentences) fits the rest. */
function isCohesive(link: RunLink, clusters: Cluster[], clusterOf: Map<string, Cluster>, cohesion: Cohesion, min: number): boolean {
  const fresh = new Map<number, Set<number>>();
  for (const [s, run] of [[link.s, link.runS], [link.t, link.runT]] as const) {
    for (const i of run) if (!clusterOf.has(`${s}.${i}`)) fresh.set(s, (fresh.get(s) ?? new Set()).add(i));
  }
  const pieces = [...clusters.map((c) => c.bySource), ...(fresh.size ? [fresh] : [])];
  if (pieces.length < 2 || clusters.length === 0) return true;
  return pieces.every((piece, k) => {
    const rest = new Map<number, Set<number>>();
    pieces.forEach((other, m) => {
      if (m !== k) other.forEach((set, s) => set.forEach((i) => rest.set(s, (rest.get(s) ?? new Set()).add(i))));
    });
    return cohesion(piece, rest) >= min;
  });
}

function isRun(set: Set<number>, maxRun: number): boolean {
  if (set.size > maxRun) return false;
  const sorted = [...set].sort((a, b) => a - b);
  return sorted[sorted.length - 1]! - sorted[0]! === sorted.length - 1;
}
