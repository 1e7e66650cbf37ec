import type { Group, ReviewEdit, Span } from "../types";
import { EDIT_HANDLERS } from "./edit-handlers";
import {
  coversParts, holdsSentence, listFacts, putMembership, readParts, takeMembership, type FactDraft, type SentenceParts,
} from "./fact-draft";
import type { Reclassifier } from "./reclassify-group";
import { recordChange, touchGroup } from "./record-change";
import { countSentences, findGroup, insertGroupAfter, refuse } from "./review-draft";

// The edits of a version-2 review, where a group is one fact and a sentence may state several.
// Membership edits move a sentence's spans with it and leave its other facts alone; a sentence
// left in no fact becomes a unique fact of its own. Edits of kind, conflicts and notes are the
// version-1 handlers, with one rule more: a conflict lists every member's value (contract).

type Handler<Op extends ReviewEdit["op"]> = (draft: FactDraft, edit: Extract<ReviewEdit, { op: Op }>, reclassify: Reclassifier) => void;
type Handlers = { [Op in ReviewEdit["op"]]: Handler<Op> };

const record = recordChange;
const touch = touchGroup;

/** Moves every listed sentence, with its parts, from one fact to another. */
function moveAll(draft: FactDraft, from: Group, to: Group, sentenceIds: readonly string[]): void {
  for (const id of sentenceIds) putMembership(draft, to, id, takeMembership(draft, from, id));
}

function checkSpan(draft: FactDraft, sentenceId: string, span: Span | undefined): SentenceParts {
  if (!span) return null;
  const length = draft.lengths.get(sentenceId) ?? 0;
  if (span.sentenceId !== sentenceId) refuse(`The span names ${span.sentenceId}, not ${sentenceId}.`);
  if (!(Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= length)) {
    refuse(`The span ${span.start}–${span.end} is not inside sentence ${sentenceId} (${length} characters).`);
  }
  return [{ sentenceId, start: span.start, end: span.end }];
}

export const FACT_EDIT_HANDLERS: Handlers = {
  ...(EDIT_HANDLERS as unknown as Handlers),
  reject(draft, edit, reclassify) {
    const group = findGroup(draft, edit.groupId);
    if (group.members.length < 2) refuse(`Group ${edit.groupId} has only one source; there is no link to reject.`);
    const [, ...rest] = group.members;
    // Each source's member, its spans included, becomes one unique fact, in source order.
    for (const member of [...rest].reverse()) {
      const alone = insertGroupAfter(draft, group);
      moveAll(draft, group, alone, [...member.sentenceIds]);
      touch(reclassify, alone, 1);
    }
    touch(reclassify, group, 1);
    record(draft, "rejected", edit.groupId, (n) => `Rejected the link in ${n.fact(edit.groupId)}: each source's statement stands alone`);
  },
  link(draft, edit, reclassify) {
    const target = findGroup(draft, edit.groupId);
    const parts = checkSpan(draft, edit.sentenceId, edit.span);
    const facts = listFacts(draft, edit.sentenceId);
    if (holdsSentence(draft, target, edit.sentenceId) && coversParts(readParts(draft, target, edit.sentenceId), parts)) {
      refuse(`Sentence ${edit.sentenceId} is already in ${edit.groupId}${parts ? " with that part" : ""}.`);
    }
    putMembership(draft, target, edit.sentenceId, parts);
    // A unique fact of this sentence that the linked part covers was the same words standing
    // alone; they now state the linked fact. Facts shared with other sources are kept.
    const absorbed = facts.filter((g) => g !== target && g.members.length === 1 && coversParts(parts, readParts(draft, g, edit.sentenceId)));
    for (const g of absorbed) {
      takeMembership(draft, g, edit.sentenceId);
      touch(reclassify, g, g.score);
    }
    touch(reclassify, target, 1);
    const span = parts ? ` (characters ${parts[0]!.start}–${parts[0]!.end})` : "";
    record(draft, "linked", edit.groupId, (n) => {
      const was = absorbed.length > 0 ? ` (was alone in ${absorbed.map((g) => n.fact(g.id)).join(", ")})` : "";
      return `Linked ${n.sentence(edit.sentenceId)}${span} to ${n.fact(edit.groupId)}${was}`;
    });
  },
  unlink(draft, edit, reclassify) {
    const facts = listFacts(draft, edit.sentenceId);
    if (!edit.groupId && facts.length > 1) refuse(`Sentence ${edit.sentenceId} states ${facts.map((g) => g.id).join(" and ")}: say which fact to unlink it from.`);
    const from = edit.groupId ? findGroup(draft, edit.groupId) : facts[0]!;
    if (!holdsSentence(draft, from, edit.sentenceId)) refuse(`Sentence ${edit.sentenceId} is not in ${from.id}.`);
    if (countSentences(from) === 1) refuse(`Sentence ${edit.sentenceId} is all ${from.id} says; reject or merge it instead.`);
    takeMembership(draft, from, edit.sentenceId);
    touch(reclassify, from, from.score);
    let alone: Group | null = null;
    if (listFacts(draft, edit.sentenceId).length === 0) {
      alone = insertGroupAfter(draft, from);
      putMembership(draft, alone, edit.sentenceId, null);
      touch(reclassify, alone, 1);
    }
    const into = alone;
    record(draft, "unlinked", from.id, (n) => `Unlinked ${n.sentence(edit.sentenceId)} from ${n.fact(from.id)}${into ? ` into ${n.fact(into.id)}` : ""}`);
  },
  merge(draft, edit, reclassify) {
    const group = findGroup(draft, edit.groupId);
    const other = findGroup(draft, edit.otherGroupId);
    if (group === other) refuse(`Cannot merge ${edit.groupId} with itself.`);
    moveAll(draft, other, group, other.members.flatMap((m) => m.sentenceIds));
    touch(reclassify, group, 1);
    record(draft, "merged", edit.groupId, (n) => `Merged ${n.fact(edit.otherGroupId)} into ${n.fact(edit.groupId)}`);
  },
  split(draft, edit, reclassify) {
    const group = findGroup(draft, edit.groupId);
    const ids = [...new Set(edit.sentenceIds)];
    if (ids.length === 0) refuse("Name at least one sentence to split off.");
    for (const id of ids) if (!holdsSentence(draft, group, id)) refuse(`Sentence ${id} is not in ${edit.groupId}.`);
    if (ids.length === countSentences(group)) refuse(`Splitting off every sentence of ${edit.groupId} would leave it empty.`);
    const split = insertGroupAfter(draft, group);
    moveAll(draft, group, split, ids);
    touch(reclassify, group, group.score);
    touch(reclassify, split, 1);
    record(draft, "split", edit.groupId, (n) => `Split ${ids.map(n.sentence).join(", ")} off ${n.fact(edit.groupId)} into ${n.fact(split.id)}`);
  },
  "set-conflict"(draft, edit, reclassify) {
    const group = findGroup(draft, edit.groupId);
    reclassify.settle(group);
    const missing = group.members.filter((m) => !edit.conflict.values.some((v) => v.sourceId === m.sourceId)).map((m) => m.sourceId);
    if (missing.length > 0) refuse(`A conflict lists every member's value; ${missing.join(", ")} has none.`);
    EDIT_HANDLERS["set-conflict"](draft, edit, reclassify);
  },
};
