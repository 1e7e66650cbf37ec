import { describe, expect, it } from "vitest";
import { attachFacts } from "./attach-facts";
import type { AlignedGroup, Cohesion } from "./build-groups";

// Three sources: sources 0 and 1 share a fact; source 2 restates it in its unit 0 and says
// something else in its unit 1. The pair scores are a small table: unit (2,0) scores 0.6
// against both members, everything else 0.
const score = (s: number, i: number, t: number, j: number) => {
  const [a, b] = [`${s}.${i}`, `${t}.${j}`].sort();
  return (a === "0.0" && b === "2.0") || (a === "1.0" && b === "2.0") ? 0.6 : 0;
};
const cohesion: Cohesion = (a, b) => {
  let sum = 0, n = 0;
  a.forEach((is, s) => b.forEach((js, t) => {
    if (s !== t) for (const i of is) for (const j of js) { sum += score(s, i, t, j); n++; }
  }));
  return n ? sum / n : 1;
};
const groups = (): AlignedGroup[] => [
  { members: [{ source: 0, indices: [0] }, { source: 1, indices: [0] }], score: 0.9 },
  { members: [{ source: 2, indices: [0] }], score: 1 },
  { members: [{ source: 2, indices: [1] }], score: 1 },
];

describe("attachFacts", () => {
  it("adds a unit to the shared fact it restates, and drops it as a fact of its own", () => {
    const out = attachFacts(groups(), cohesion, 0.25);
    expect(out[0]!.members).toEqual([{ source: 0, indices: [0] }, { source: 1, indices: [0] }, { source: 2, indices: [0] }]);
    expect(out).toHaveLength(2);
  });

  it("reads only the groups that hold a partner, with the same answer", () => {
    const partners = (s: number, i: number): [number, number][] => (s === 2 && i === 0 ? [[0, 0], [1, 0]] : s === 2 ? [] : [[2, 0]]);
    expect(attachFacts(groups(), cohesion, 0.25, partners)).toEqual(attachFacts(groups(), cohesion, 0.25));
    // A unit without partners is never read against a group, whatever the cohesion says.
    const always: Cohesion = () => 1;
    expect(attachFacts(groups(), always, 0.25, () => [])).toEqual(groups());
  });
});
