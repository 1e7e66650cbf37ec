// Maximum-weight bipartite matching. Greedy first-come links let one good-looking pair steal a
// sentence that two others needed; the optimal matching maximises the total, so the links of
// a pair of sources are globally consistent. Hungarian method (potentials, O(n²m)) per
// connected component of the sparse candidate graph; a component too large for cubic time
// falls back to best-first greedy, which is still deterministic.

export interface WeightedEdge {
  i: number; // index on the left side
  j: number; // index on the right side
  w: number; // > 0
}

const MAX_EXACT_SIDE = 300;

/** Returns a subset of `edges`, no two sharing an `i` or a `j`, of maximal total weight. */
export function matchMaxWeight(edges: WeightedEdge[]): WeightedEdge[] {
  const positive = edges.filter((e) => e.w > 0);
  const out: WeightedEdge[] = [];
  for (const component of splitComponents(positive)) {
    const lefts = new Set(component.map((e) => e.i)).size;
    const rights = new Set(component.map((e) => e.j)).size;
    out.push(...(Math.min(lefts, rights) > MAX_EXACT_SIDE ? matchGreedy(component) : matchHungarian(component)));
  }
  return out.sort((a, b) => a.i - b.i || a.j - b.j);
}

function splitComponents(edges: WeightedEdge[]): WeightedEdge[][] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    let root = x;
    while (parent.get(root) !== root) root = parent.get(root) ?? root;
    parent.set(x, root);
    return root;
  };
  for (const e of edges) {
    const a = `L${e.i}`, b = `R${e.j}`;
    if (!parent.has(a)) parent.set(a, a);
    if (!parent.has(b)) parent.set(b, b);
    const ra = find(a), rb = find(b);
    if (ra !== rb) parent.set(ra < rb ? rb : ra, ra < rb ? ra : rb);
  }
  const byRoot = new Map<string, WeightedEdge[]>();
  for (const e of edges) {
    const root = find(`L${e.i}`);
    const list = byRoot.get(root) ?? [];
    list.push(e);
    byRoot.set(root, list);
  }
  return [...byRoot.values()];
}

function matchGreedy(edges: WeightedEdge[]): WeightedEdge[] {
  const sorted = [...edges].sort((a, b) => b.w - a.w || a.i - b.i || a.j - b.j);
  const usedL = new Set<number>(), usedR = new Set<number>();
  const out: WeightedEdge[] = [];
  for (const e of sorted) {
    if (usedL.has(e.i) || usedR.has(e.j)) continue;
    usedL.add(e.i);
    usedR.add(e.j);
    out.push(e);
  }
  return out;
}

function matchHungarian(edges: WeightedEdge[]): WeightedEdge[] {
  const lefts = [...new Set(edges.map((e) => e.i))].sort((a, b) => a - b);
  const rights = [...new Set(edges.map((e) => e.j))].sort((a, b) => a - b);
  const n = Math.max(lefts.length, rights.length);
  const li = new Map(lefts.map((v, k) => [v, k]));
  const ri = new Map(rights.map((v, k) => [v, k]));
  // Square cost matrix, 1-based as the classic formulation; a missing edge costs 0 (= unmatched).
  const cost: Float64Array[] = Array.from({ length: n + 1 }, () => new Float64Array(n + 1));
  const edgeAt = new Map<number, WeightedEdge>();
  for (const e of edges) {
    const r = (li.get(e.i) ?? 0) + 1, c = (ri.get(e.j) ?? 0) + 1;
    const row = cost[r];
    if (row && -e.w < (row[c] ?? 0)) {
      row[c] = -e.w;
      edgeAt.set(r * (n + 1) + c, e);
    }
  }
  const assignment = solveAssignment(cost, n);
  const out: WeightedEdge[] = [];
  for (let c = 1; c <= n; c++) {
    const r = assignment[c] ?? 0;
    const e = edgeAt.get(r * (n + 1) + c);
    if (r > 0 && e) out.push(e);
  }
  return out;
}

/** Minimum-cost assignment on an n×n 1-based matrix; returns, per column, its row. */
function solveAssignment(cost: Float64Array[], n: number): Int32Array {
  const u = new Float64Array(n + 1), v = new Float64Array(n + 1);
  const p = new Int32Array(n + 1), way = new Int32Array(n + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    const minv = new Float64Array(n + 1).fill(Infinity);
    const used = new Uint8Array(n + 1);
    do {
      used[j0] = 1;
      const i0 = p[j0]!;
      let delta = Infinity, j1 = 0;
      const row = cost[i0]!;
      for (let j = 1; j <= n; j++) {
        if (used[j]) continue;
        const cur = row[j]! - u[i0]! - v[j]!;
        if (cur < minv[j]!) { minv[j] = cur; way[j] = j0; }
        if (minv[j]! < delta) { delta = minv[j]!; j1 = j; }
      }
      for (let j = 0; j <= n; j++) {
        if (used[j]) { u[p[j]!]! += delta; v[j]! -= delta; } else minv[j]! -= delta;
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do { const j1 = way[j0]!; p[j0] = p[j1]!; j0 = j1; } while (j0);
  }
  return p;
}
