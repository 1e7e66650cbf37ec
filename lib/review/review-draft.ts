import { InputError } from "../errors";
import type { Comparison, Group, ReviewChange, ReviewStatus } from "../types";

// The working copy an editor's edits change one by one: groups with stable ids, where each
// sentence sits, and the order sentences and sources have in the comparison, so members stay
// in reading order however they were moved.

export interface ReviewDraft {
  groups: Group[];
  sourceOrder: ReadonlyMap<string, number>;
  /** Sentence id → its source and its position in that source. */
  position: ReadonlyMap<string, { sourceId: string; index: number }>;
  nextId: number;
  changes: ReviewChange[];
  note: string | undefined;
}

export function createDraft(comparison: Comparison): ReviewDraft {
  const maxId = Math.max(0, ...comparison.groups.map((g) => Number(/^g(\d+)$/.exec(g.id)?.[1] ?? 0)));
  return {
    groups: comparison.groups.map((g) => structuredClone(g)),
    sourceOrder: new Map(comparison.sources.map((s, k) => [s.id, k] as const)),
    position: new Map(comparison.sources.flatMap((s) => s.sentences.map((x, i) => [x.id, { sourceId: s.id, index: i }] as const))),
    nextId: maxId + 1,
    changes: [],
    note: comparison.review?.note,
  };
}

export function refuse(message: string): never {
  throw new InputError("invalid", message);
}

export function findGroup(draft: ReviewDraft, groupId: string): Group {
  return draft.groups.find((g) => g.id === groupId) ?? refuse(`There is no group "${groupId}".`);
}

export function findSentenceGroup(draft: ReviewDraft, sentenceId: string): Group {
  if (!draft.position.has(sentenceId)) refuse(`There is no sentence "${sentenceId}".`);
  return draft.groups.find((g) => g.members.some((m) => m.sentenceIds.includes(sentenceId)))!;
}

export function countSentences(group: Group): number {
  return group.members.reduce((n, m) => n + m.sentenceIds.length, 0);
}

/** Takes a sentence out of its group; a group left empty disappears. */
export function takeSentence(draft: ReviewDraft, sentenceId: string): Group {
  const group = findSentenceGroup(draft, sentenceId);
  group.members = group.members
    .map((m) => ({ ...m, sentenceIds: m.sentenceIds.filter((id) => id !== sentenceId) }))
    .filter((m) => m.sentenceIds.length > 0);
  if (group.members.length === 0) draft.groups = draft.groups.filter((g) => g !== group);
  return group;
}

/** Puts a sentence into a group, keeping members in source order and sentences in reading order. */
export function putSentence(draft: ReviewDraft, group: Group, sentenceId: string): void {
  const { sourceId } = draft.position.get(sentenceId)!;
  const member = group.members.find((m) => m.sourceId === sourceId);
  const ids = [...(member?.sentenceIds ?? []), sentenceId];
  ids.sort((a, b) => draft.position.get(a)!.index - draft.position.get(b)!.index);
  const others = group.members.filter((m) => m.sourceId !== sourceId);
  group.members = [...others, { sourceId, sentenceIds: ids }].sort(
    (a, b) => draft.sourceOrder.get(a.sourceId)! - draft.sourceOrder.get(b.sourceId)!,
  );
}

/** A new, empty group placed right after `after`, so split-off statements stay near their fact. */
export function insertGroupAfter(draft: ReviewDraft, after: Group | undefined): Group {
  const group: Group = { id: `g${draft.nextId++}`, kind: "unique", members: [], score: 1, conflicts: [], variants: [], diff: null };
  const at = after ? draft.groups.indexOf(after) : -1;
  if (at < 0) draft.groups.push(group);
  else draft.groups.splice(at + 1, 0, group);
  return group;
}

/** "edited" wins over "confirmed", which wins over "noted": confirming an edit does not hide it. */
export function markReviewed(group: Group, status: ReviewStatus): void {
  const rank: Record<ReviewStatus, number> = { noted: 0, confirmed: 1, edited: 2 };
  const current = group.review?.status;
  if (current && rank[current] >= rank[status]) return;
  group.review = { ...group.review, status };
}
