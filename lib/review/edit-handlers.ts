import { REVIEW_LIMITS } from "../limits";
import type { Group, Kind, ReviewEdit } from "../types";
import type { Reclassifier } from "./reclassify-group";
import { recordChange, touchGroup } from "./record-change";
import {
  countSentences, findGroup, findSentenceGroup, insertGroupAfter, markReviewed, putSentence, refuse, takeSentence, type ReviewDraft,
} from "./review-draft";

// One small handler per kind of edit. Membership edits owe a new classification to every group
// they touch; kind and conflict edits settle it first, then are the editor's word, kept as given. An editor's
// link is certain as far as the page is concerned, so a linked or merged group scores 1.

type Handler<Op extends ReviewEdit["op"]> = (draft: ReviewDraft, edit: Extract<ReviewEdit, { op: Op }>, reclassify: Reclassifier) => void;
type Handlers = { [Op in ReviewEdit["op"]]: Handler<Op> };

const record = recordChange;
const touch = touchGroup;

function moveOut(draft: ReviewDraft, sentenceId: string, reclassify: Reclassifier): Group {
  const from = takeSentence(draft, sentenceId);
  touch(reclassify, from, from.score);
  return from;
}

export const EDIT_HANDLERS: Handlers = {
  confirm(draft, edit) {
    markReviewed(findGroup(draft, edit.groupId), "confirmed");
    record(draft, "confirmed", edit.groupId, (n) => `Confirmed ${n.fact(edit.groupId)}`);
  },
  reject(draft, edit, reclassify) {
    const group = findGroup(draft, edit.groupId);
    if (group.members.length < 2) refuse(`Group ${edit.groupId} has only one source; there is no link to reject.`);
    const [, ...rest] = group.members;
    // Inserted last to first right after the group, so they end up in source order.
    for (const member of [...rest].reverse()) {
      const split = insertGroupAfter(draft, group);
      for (const id of member.sentenceIds) {
        takeSentence(draft, id);
        putSentence(draft, split, id);
      }
      touch(reclassify, split, 1);
    }
    touch(reclassify, group, 1);
    record(draft, "rejected", edit.groupId, (n) => `Rejected the link in ${n.fact(edit.groupId)}: each source's statement stands alone`);
  },
  link(draft, edit, reclassify) {
    const target = findGroup(draft, edit.groupId);
    // Version 1 groups whole sentences; a part of one can only join a version-2 fact.
    if (edit.span) refuse(`This comparison groups whole sentences (contract version 1); link ${edit.sentenceId} without a span.`);
    if (findSentenceGroup(draft, edit.sentenceId) === target) refuse(`Sentence ${edit.sentenceId} is already in ${edit.groupId}.`);
    const from = moveOut(draft, edit.sentenceId, reclassify);
    putSentence(draft, target, edit.sentenceId);
    touch(reclassify, target, 1);
    record(draft, "linked", edit.groupId, (n) => `Linked ${n.sentence(edit.sentenceId)} to ${n.fact(edit.groupId)} (was in ${n.fact(from.id)})`);
  },
  unlink(draft, edit, reclassify) {
    const from = findSentenceGroup(draft, edit.sentenceId);
    if (edit.groupId && edit.groupId !== from.id) refuse(`Sentence ${edit.sentenceId} is in ${from.id}, not ${edit.groupId}.`);
    if (countSentences(from) === 1) refuse(`Sentence ${edit.sentenceId} is already a statement of its own.`);
    moveOut(draft, edit.sentenceId, reclassify);
    const alone = insertGroupAfter(draft, from);
    putSentence(draft, alone, edit.sentenceId);
    touch(reclassify, alone, 1);
    record(draft, "unlinked", from.id, (n) => `Unlinked ${n.sentence(edit.sentenceId)} from ${n.fact(from.id)} into ${n.fact(alone.id)}`);
  },
  merge(draft, edit, reclassify) {
    const group = findGroup(draft, edit.groupId);
    const other = findGroup(draft, edit.otherGroupId);
    if (group === other) refuse(`Cannot merge ${edit.groupId} with itself.`);
    for (const id of other.members.flatMap((m) => m.sentenceIds)) {
      takeSentence(draft, id);
      putSentence(draft, group, id);
    }
    touch(reclassify, group, 1);
    record(draft, "merged", edit.groupId, (n) => `Merged ${n.fact(edit.otherGroupId)} into ${n.fact(edit.groupId)}`);
  },
  split(draft, edit, reclassify) {
    const group = findGroup(draft, edit.groupId);
    const ids = [...new Set(edit.sentenceIds)];
    if (ids.length === 0) refuse("Name at least one sentence to split off.");
    for (const id of ids) if (findSentenceGroup(draft, id) !== group) refuse(`Sentence ${id} is not in ${edit.groupId}.`);
    if (ids.length === countSentences(group)) refuse(`Splitting off every sentence of ${edit.groupId} would leave it empty.`);
    const split = insertGroupAfter(draft, group);
    for (const id of ids) {
      takeSentence(draft, id);
      putSentence(draft, split, id);
    }
    touch(reclassify, group, group.score);
    touch(reclassify, split, 1);
    record(draft, "split", edit.groupId, (n) => `Split ${ids.map(n.sentence).join(", ")} off ${n.fact(edit.groupId)} into ${n.fact(split.id)}`);
  },
  retype(draft, edit, reclassify) {
    const group = findGroup(draft, edit.groupId);
    reclassify.settle(group);
    checkKind(group, edit.kind);
    if (edit.kind === "conflict" && group.conflicts.length === 0) refuse(`Say what differs in ${edit.groupId}: add a conflict instead.`);
    const was = group.kind;
    group.kind = edit.kind;
    if (edit.kind !== "conflict") group.conflicts = [];
    markReviewed(group, "edited");
    record(draft, "retyped", edit.groupId, (n) => `Retyped ${n.fact(edit.groupId)} from ${was} to ${edit.kind}`);
  },
  "set-conflict"(draft, edit, reclassify) {
    const group = findGroup(draft, edit.groupId);
    reclassify.settle(group);
    checkKind(group, "conflict");
    const present = new Set(group.members.map((m) => m.sourceId));
    const { type, values } = edit.conflict;
    const named = new Set<string>();
    for (const v of values) {
      if (!present.has(v.sourceId)) refuse(`Source ${v.sourceId} is not in ${edit.groupId}.`);
      if (named.has(v.sourceId)) refuse(`Source ${v.sourceId} gives two values; a conflict lists one value per source.`);
      named.add(v.sourceId);
      if (!v.text.trim() || v.text.length > REVIEW_LIMITS.maxConflictValueChars) refuse("A conflict value must be non-empty text of reasonable length.");
    }
    // A conflict is a disagreement between sources: one source against itself is none.
    if (named.size < 2) refuse("A conflict needs the values of at least two different sources.");
    const conflict = { type, values: values.map((v) => ({ sourceId: v.sourceId, text: v.text.trim() })) };
    const index = edit.index ?? group.conflicts.length;
    if (index < 0 || index > group.conflicts.length) refuse(`Group ${edit.groupId} has no conflict number ${index + 1}.`);
    group.conflicts = [...group.conflicts.slice(0, index), conflict, ...group.conflicts.slice(index + 1)];
    group.kind = "conflict";
    markReviewed(group, "edited");
    record(draft, "conflict", edit.groupId, (n) => `${edit.index === undefined ? "Added" : "Corrected"} a ${type} conflict in ${n.fact(edit.groupId)}`);
  },
  "remove-conflict"(draft, edit, reclassify) {
    const group = findGroup(draft, edit.groupId);
    reclassify.settle(group);
    if (!group.conflicts[edit.index]) refuse(`Group ${edit.groupId} has no conflict number ${edit.index + 1}.`);
    group.conflicts = group.conflicts.filter((_, k) => k !== edit.index);
    if (group.conflicts.length === 0) group.kind = "shared";
    markReviewed(group, "edited");
    record(draft, "conflict", edit.groupId, (n) => `Removed a conflict from ${n.fact(edit.groupId)}`);
  },
  note(draft, edit) {
    const group = findGroup(draft, edit.groupId);
    const text = checkNote(edit.text);
    const { note: _old, ...rest } = group.review ?? { status: "noted" as const };
    group.review = text ? { ...rest, note: text } : rest;
    markReviewed(group, "noted");
    record(draft, "noted", edit.groupId, (n) => (text ? `Note on ${n.fact(edit.groupId)}` : `Removed the note on ${n.fact(edit.groupId)}`));
  },
  summary(draft, edit) {
    draft.note = checkNote(edit.text) || undefined;
    record(draft, "summary", null, () => (draft.note ? "Summary note" : "Removed the summary note"));
  },
};

/** The contract's kinds hold only for the right number of sources: unique is one, the others two or more. */
function checkKind(group: Group, kind: Kind): void {
  if (kind === "unique" && group.members.length !== 1) refuse(`Group ${group.id} has ${group.members.length} sources; unlink or reject to make it unique.`);
  if (kind !== "unique" && group.members.length < 2) refuse(`Group ${group.id} has one source, so it can only be unique.`);
}

function checkNote(text: string): string {
  const trimmed = text.trim();
  if (trimmed.length > REVIEW_LIMITS.maxNoteChars) refuse(`A note may be at most ${REVIEW_LIMITS.maxNoteChars} characters.`);
  return trimmed;
}
