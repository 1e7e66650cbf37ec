// Counts and names every reader of a Comparison shows: facts by kind, each source's part in
// them, and "Fact 4" as the page numbers a group (its place in the list, which a revision
// keeps stable only by id, so the number is read from the order, never from the id).
import type { Comparison, Group, Kind } from "../types";

export type KindCounts = Record<Kind, number>;

/** Facts by kind, as `stats` must say. */
export function countKinds(groups: readonly Pick<Group, "kind">[]): KindCounts {
  const counts: KindCounts = { shared: 0, conflict: 0, unique: 0 };
  for (const group of groups) counts[group.kind]++;
  return counts;
}

/** The facts one source takes part in, by kind. */
export function countSourceKinds(comparison: Pick<Comparison, "groups">, sourceId: string): KindCounts {
  return countKinds(comparison.groups.filter((group) => group.members.some((member) => member.sourceId === sourceId)));
}

/** The groups each sentence is a member of, in list order (one in version 1, one or more in 2). */
export function mapSentenceFacts(groups: readonly Group[]): ReadonlyMap<string, readonly Group[]> {
  const map = new Map<string, Group[]>();
  for (const group of groups) {
    for (const member of group.members) for (const id of member.sentenceIds) map.set(id, [...(map.get(id) ?? []), group]);
  }
  return map;
}
