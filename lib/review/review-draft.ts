import { InputError } from "../errors";
import { REVIEW_LIMITS } from "../limits";
import type { Comparison, Group, ReviewStatus } from "../types";
import type { DraftChange } from "./name-changes";

// The working copy an editor's edits change one by one: groups with stable ids, where each
// sentence sits, and the order sentences and sources have in the comparison, so members stay
// in reading order however they were moved. Groups and sentences are found through maps kept
// up to date by every move, so an edit costs the same on the 2,000th as on the first; a group
// emptied by a move keeps its place in `groups` until `listGroups`, so no edit rebuilds it.

export interface ReviewDraft {
  groups: Group[];
  sourceOrder: ReadonlyMap<string, number>;
  /** Sentence id → its source and its position in that source. */
  position: ReadonlyMap<string, { sourceId: string; index: number }>;
  /** Live groups by id; an emptied group leaves this map. */
  byId: Map<string, Group>;
  /** Sentence id → the group it is in now. */
  home: Map<string, Group>;
  nextId: number;
  /** Worded only once the edits are done, when every fact has its final number. */
  changes: DraftChange[];
  note: string | undefined;
}

export function createDraft(comparison: Comparison): ReviewDraft {
  const maxId = Math.max(0, ...comparison.groups.map((g) => Number(/^g(\d+)$/.exec(g.id)?.[1] ?? 0)));
  const groups = comparison.groups.map((g) => structuredClone(g));
  const home = new Map<string, Group>();
  for (const group of groups) for (const member of group.members) for (const id of member.sentenceIds) home.set(id, group);
  return {
    groups,
    sourceOrder: new Map(comparison.sources.map((s, k) => [s.id, k] as const)),
    position: new Map(comparison.sources.flatMap((s) => s.sentences.map((x, i) => [x.id, { sourceId: s.id, index: i }] as const))),
    byId: new Map(groups.map((g) => [g.id, g] as const)),
    home,
    nextId: maxId + 1,
    changes: [],
    note: comparison.review?.note,
  };
}

/** The groups in reading order, without those the edits emptied. */
export function listGroups(draft: ReviewDraft): Group[] {
  return draft.groups.filter((g) => g.members.length > 0);
}

export function refuse(message: string): never {
  throw new InputError("invalid", message);
}

export function findGroup(draft: ReviewDraft, groupId: string): Group {
  return draft.byId.get(groupId) ?? refuse(`There is no group "${groupId}".`);
}

export function findSentenceGroup(draft: ReviewDraft, sentenceId: string): Group {
  return draft.home.get(sentenceId) ?? refuse(`There is no sentence "${sentenceId}".`);
}

export function countSentences(group: Group): number {
  return group.members.reduce((n, m) => n + m.sentenceIds.length, 0);
}

/** Takes a sentence out of its group; a group left empty disappears. */
export function takeSentence(draft: ReviewDraft, sentenceId: string): Group {
  const group = findSentenceGroup(draft, sentenceId);
  const member = group.members.find((m) => m.sourceId === draft.position.get(sentenceId)!.sourceId)!;
  member.sentenceIds.splice(member.sentenceIds.indexOf(sentenceId), 1);
  if (member.sentenceIds.length === 0) group.members.splice(group.members.indexOf(member), 1);
  if (group.members.length === 0) draft.byId.delete(group.id);
  draft.home.delete(sentenceId);
  return group;
}

/** Puts a sentence into a group, keeping members in source order and sentences in reading order. */
export function putSentence(draft: ReviewDraft, group: Group, sentenceId: string): void {
  const { sourceId, index } = draft.position.get(sentenceId)!;
  let member = group.members.find((m) => m.sourceId === sourceId);
  if (member && member.sentenceIds.length >= REVIEW_LIMITS.maxMemberSentences) {
    refuse(`Group ${group.id} already holds ${REVIEW_LIMITS.maxMemberSentences} sentences of ${sourceId}; one fact needs fewer.`);
  }
  if (!member) {
    member = { sourceId, sentenceIds: [] };
    const order = draft.sourceOrder.get(sourceId)!;
    const at = group.members.findIndex((m) => draft.sourceOrder.get(m.sourceId)! > order);
    group.members.splice(at < 0 ? group.members.length : at, 0, member);
  }
  const ids = member.sentenceIds;
  const at = ids.findIndex((id) => draft.position.get(id)!.index > index);
  ids.splice(at < 0 ? ids.length : at, 0, sentenceId);
  draft.home.set(sentenceId, group);
}

/** A new, empty group placed right after `after`, so split-off statements stay near their fact. */
export function insertGroupAfter(draft: ReviewDraft, after: Group): Group {
  const group: Group = { id: `g${draft.nextId++}`, kind: "unique", members: [], score: 1, conflicts: [], variants: [], diff: null };
  draft.groups.splice(draft.groups.indexOf(after) + 1, 0, group);
  draft.byId.set(group.id, group);
  return group;
}

/** "edited" wins over "confirmed", which wins over "noted": confirming an edit does not hide it. */
export function markReviewed(group: Group, status: ReviewStatus): void {
  const rank: Record<ReviewStatus, number> = { noted: 0, confirmed: 1, edited: 2 };
  const current = group.review?.status;
  if (current && rank[current] >= rank[status]) return;
  group.review = { ...group.review, status };
}
