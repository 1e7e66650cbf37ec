// The in-place editor's pending changes: the edits an editor has made on the Facts view and not
// saved yet, in the order made, with the past lists kept so "Undo last" restores exactly what
// was there. Pure data in and out; the bar and the rows only render it.
import type { ChangeNames } from "@/lib/review/name-changes";
import type { ReviewEdit } from "@/lib/types";

export interface PendingChanges {
  edits: readonly ReviewEdit[];
  past: readonly (readonly ReviewEdit[])[];
}

export const NO_CHANGES: PendingChanges = { edits: [], past: [] };

/** What an edit decides: a later edit about the same thing replaces the earlier one. */
function subjectOf(edit: ReviewEdit): string | null {
  switch (edit.op) {
    case "confirm":
    case "reject":
      return `decision ${edit.groupId}`;
    case "retype":
    case "set-conflict":
      return `kind ${edit.groupId}`;
    case "note":
      return `note ${edit.groupId}`;
    case "link":
    case "unlink":
      return `sentence ${edit.sentenceId}`;
    case "summary":
      return "summary";
    default:
      return null;
  }
}

/**
 * A version-2 sentence may state several facts: its link to one fact and its unlink from another
 * are two edits. An edit that names no fact (a version-1 unlink) is about the sentence's one group.
 */
function onOneFact(a: ReviewEdit, b: ReviewEdit): boolean {
  const factOf = (e: ReviewEdit) => ("groupId" in e ? e.groupId : undefined);
  return !factOf(a) || !factOf(b) || factOf(a) === factOf(b);
}

type Rule = (edits: readonly ReviewEdit[], edit: ReviewEdit) => readonly ReviewEdit[] | null;

/** Ordered: the first rule that answers decides the new list. */
const ADD_RULES: readonly [name: string, rule: Rule][] = [
  // Unlinking a sentence from the fact the editor linked it to a moment ago puts it back where
  // it was: drop the link. An unlink from another of its facts is an edit of its own.
  ["unlink undoes a pending link", (edits, edit) => {
    if (edit.op !== "unlink") return null;
    const undone = (e: ReviewEdit) => e.op === "link" && e.sentenceId === edit.sentenceId && (!edit.groupId || e.groupId === edit.groupId);
    return edits.some(undone) ? edits.filter((e) => !undone(e)) : null;
  }],
  ["a later word on the same subject replaces the earlier", (edits, edit) => {
    const same = (e: ReviewEdit) => subjectOf(e) !== null && subjectOf(e) === subjectOf(edit) && onOneFact(e, edit);
    return edits.some(same) ? [...edits.filter((e) => !same(e)), edit] : null;
  }],
  ["otherwise it is added last", (edits, edit) => [...edits, edit]],
];

export function addPendingEdit(pending: PendingChanges, edit: ReviewEdit): PendingChanges {
  for (const [, rule] of ADD_RULES) {
    const edits = rule(pending.edits, edit);
    if (edits) return { edits, past: [...pending.past, pending.edits] };
  }
  return pending;
}

/** Takes away a pending edit about a subject (the row's "Clear" on a decision, say). */
export function dropPendingEdit(pending: PendingChanges, test: (edit: ReviewEdit) => boolean): PendingChanges {
  const edits = pending.edits.filter((e) => !test(e));
  return edits.length === pending.edits.length ? pending : { edits, past: [...pending.past, pending.edits] };
}

export function undoLastEdit(pending: PendingChanges): PendingChanges {
  const previous = pending.past.at(-1);
  return previous ? { edits: previous, past: pending.past.slice(0, -1) } : pending;
}

export function countPending(pending: PendingChanges): string {
  const n = pending.edits.length;
  return n === 1 ? "1 pending change" : `${n} pending changes`;
}

/** A pending edit in the editor's words, with facts named as the page they are on names them. */
export function describePendingEdit(edit: ReviewEdit, names: ChangeNames): string {
  switch (edit.op) {
    case "confirm":
      return `Confirm ${names.fact(edit.groupId)}`;
    case "reject":
      return `Reject the link in ${names.fact(edit.groupId)}`;
    case "retype":
      return `Retype ${names.fact(edit.groupId)} as ${edit.kind}`;
    case "set-conflict":
      return `Conflict in ${names.fact(edit.groupId)}: ${edit.conflict.values.map((v) => v.text).join(" / ")}`;
    case "remove-conflict":
      return `Remove a conflict from ${names.fact(edit.groupId)}`;
    case "note":
      return edit.text.trim() ? `Note on ${names.fact(edit.groupId)}: ${edit.text.trim()}` : `Remove the note on ${names.fact(edit.groupId)}`;
    case "link":
      return `Link ${names.sentence(edit.sentenceId)} to ${names.fact(edit.groupId)}`;
    case "unlink":
      return `Unlink ${names.sentence(edit.sentenceId)} (it will stand alone)`;
    case "merge":
      return `Merge ${names.fact(edit.otherGroupId)} into ${names.fact(edit.groupId)}`;
    case "split":
      return `Split ${edit.sentenceIds.length === 1 ? "1 sentence" : `${edit.sentenceIds.length} sentences`} off ${names.fact(edit.groupId)}`;
    case "summary":
      return "Summary note";
  }
}
