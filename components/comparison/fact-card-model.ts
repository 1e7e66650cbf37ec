// Which facts the phone's cards show, and in what order (docs/decisions/0110). A phone has no
// room for columns side by side, so the default view shows one card per fact with every
// source's words under it: conflicts first, since they are what a reader came to see, then
// shared facts, then what one source alone says, each kind in the comparison's own order.
import type { Group, Kind, Sentence } from "@/lib/types";

const KIND_RANK: Readonly<Record<Kind, number>> = { conflict: 0, shared: 1, unique: 2 };

/** The groups in kind order (conflict, shared, unique), keeping their order within a kind. */
export function orderConflictsFirst(groups: readonly Group[]): Group[] {
  return groups
    .map((group, index) => ({ group, index }))
    .sort((a, b) => KIND_RANK[a.group.kind] - KIND_RANK[b.group.kind] || a.index - b.index)
    .map(({ group }) => group);
}

interface CardPart {
  paged: boolean;
  /** The part's facts; in a page in parts of the columns view there are none, only sentences. */
  groups: readonly Group[];
  sentences: ReadonlyMap<string, readonly { sentence: Sentence }[]>;
}

/**
 * The cards of a part, conflicts first. A whole page has a card for every fact; a part of the
 * columns view has one for each fact any of its sentences belongs to, so "Show more" brings
 * the cards of the sentences it brings.
 */
export function selectCardGroups(all: readonly Group[], part: CardPart, factsOf: ReadonlyMap<string, readonly Group[]>): Group[] {
  if (!part.paged) return orderConflictsFirst(all);
  if (part.groups.length > 0) return orderConflictsFirst(part.groups);
  const wanted = new Set<string>();
  for (const rows of part.sentences.values()) {
    for (const { sentence } of rows) {
      // A sentence that states several facts (version 2) brings the card of each.
      for (const group of factsOf.get(sentence.id) ?? []) wanted.add(group.id);
    }
  }
  return orderConflictsFirst(all.filter((group) => wanted.has(group.id)));
}
