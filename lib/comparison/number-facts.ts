import type { Group } from "../types";

// How every page names a fact: "Fact N", N its 1-based place in the comparison's reading order.
// The Facts view, the coverage matrix, the conflict summary, the review forms and the revision
// change log all call this one function, so a number an editor reads is the number they see.

/** Group id → its fact number on the page. */
export function numberFacts(groups: readonly Pick<Group, "id">[]): ReadonlyMap<string, number> {
  return new Map(groups.map((group, i) => [group.id, i + 1] as const));
}

/** "Fact 3", or `fallback` for an id that is not among the numbered groups. */
export function nameFact(numbers: ReadonlyMap<string, number>, groupId: string, fallback = "a fact"): string {
  const n = numbers.get(groupId);
  return n === undefined ? fallback : `Fact ${n}`;
}
