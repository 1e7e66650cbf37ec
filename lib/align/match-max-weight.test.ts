import { describe, expect, it } from "vitest";
import { matchMaxWeight, type WeightedEdge } from "./match-max-weight";

const total = (es: WeightedEdge[]) => es.reduce((s, e) => s + e.w, 0);

describe("matchMaxWeight", () => {
  it("beats greedy when the best single edge blocks two good ones", () => {
    const edges = [
      { i: 0, j: 0, w: 0.9 },
      { i: 0, j: 1, w: 0.8 },
      { i: 1, j: 0, w: 0.8 },
    ];
    const m = matchMaxWeight(edges);
    expect(total(m)).toBeCloseTo(1.6);
    expect(m).toEqual([{ i: 0, j: 1, w: 0.8 }, { i: 1, j: 0, w: 0.8 }]);
  });

  it("never uses a side twice, ignores non-positive edges and handles empty input", () => {
    expect(matchMaxWeight([])).toEqual([]);
    const m = matchMaxWeight([{ i: 3, j: 7, w: 0.5 }, { i: 3, j: 8, w: 0.4 }, { i: 4, j: 8, w: 0 }]);
    expect(m).toEqual([{ i: 3, j: 7, w: 0.5 }]);
  });

  it("finds the optimum on random graphs (checked by brute force)", () => {
    let seed = 7;
    const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 30; round++) {
      const edges: WeightedEdge[] = [];
      for (let i = 0; i < 5; i++) for (let j = 0; j < 4; j++) if (rand() < 0.5) edges.push({ i, j, w: Math.round(rand() * 100) / 100 });
      expect(total(matchMaxWeight(edges))).toBeCloseTo(bruteForce(edges), 6);
    }
  });

  it("is deterministic and handles disjoint components", () => {
    const edges = [{ i: 0, j: 0, w: 0.5 }, { i: 5, j: 9, w: 0.7 }, { i: 6, j: 9, w: 0.6 }];
    expect(matchMaxWeight(edges)).toEqual(matchMaxWeight([...edges].reverse()));
    expect(matchMaxWeight(edges)).toHaveLength(2);
  });
});

function bruteForce(edges: WeightedEdge[], k = 0, usedL = new Set<number>(), usedR = new Set<number>()): number {
  if (k === edges.length) return 0;
  const e = edges[k]!;
  let best = bruteForce(edges, k + 1, usedL, usedR);
  if (!usedL.has(e.i) && !usedR.has(e.j)) {
    usedL.add(e.i); usedR.add(e.j);
    best = Math.max(best, e.w + bruteForce(edges, k + 1, usedL, usedR));
    usedL.delete(e.i); usedR.delete(e.j);
  }
  return best;
}
