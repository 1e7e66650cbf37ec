import { REVIEW_LIMITS } from "../limits";
import type { Comparison, Group, GroupMember, Span } from "../types";
import { createDraft, refuse, type ReviewDraft } from "./review-draft";

// The working copy of a version-2 review. A sentence may be a member of several facts, each
// time with the spans that state that fact, so the draft knows every fact a sentence is in,
// and a move carries the sentence's spans with it. Spans that cover their whole sentence are
// dropped, as the engine drops them: absent spans mean the whole sentences (contract).

export interface FactDraft extends ReviewDraft {
  /** Sentence id → every fact it is a member of now. */
  homes: Map<string, Set<Group>>;
  /** Sentence id → the length of its text, the bound of its spans. */
  lengths: ReadonlyMap<string, number>;
}

/** The parts of one sentence a member states; null is the whole sentence. */
export type SentenceParts = Span[] | null;

export function createFactDraft(comparison: Comparison): FactDraft {
  const draft = createDraft(comparison);
  const homes = new Map<string, Set<Group>>();
  for (const group of draft.groups) {
    for (const member of group.members) for (const id of member.sentenceIds) homes.set(id, (homes.get(id) ?? new Set()).add(group));
  }
  const lengths = new Map(comparison.sources.flatMap((s) => s.sentences.map((x) => [x.id, x.text.length] as const)));
  return { ...draft, homes, lengths };
}

export function listFacts(draft: FactDraft, sentenceId: string): Group[] {
  if (!draft.position.has(sentenceId)) refuse(`There is no sentence "${sentenceId}".`);
  return [...(draft.homes.get(sentenceId) ?? [])].filter((g) => g.members.length > 0);
}

function memberOf(draft: FactDraft, group: Group, sentenceId: string): GroupMember | undefined {
  const sourceId = draft.position.get(sentenceId)?.sourceId;
  return group.members.find((m) => m.sourceId === sourceId);
}

export function holdsSentence(draft: FactDraft, group: Group, sentenceId: string): boolean {
  return memberOf(draft, group, sentenceId)?.sentenceIds.includes(sentenceId) ?? false;
}

/** The sentence's parts in the group: its spans there, or null for the whole sentence. */
export function readParts(draft: FactDraft, group: Group, sentenceId: string): SentenceParts {
  const spans = memberOf(draft, group, sentenceId)?.spans?.filter((s) => s.sentenceId === sentenceId) ?? [];
  return spans.length > 0 ? spans : null;
}

/** Takes a sentence, with its spans, out of one fact; a fact left empty disappears. */
export function takeMembership(draft: FactDraft, group: Group, sentenceId: string): SentenceParts {
  const member = memberOf(draft, group, sentenceId);
  if (!member?.sentenceIds.includes(sentenceId)) refuse(`Sentence ${sentenceId} is not in ${group.id}.`);
  const parts = readParts(draft, group, sentenceId);
  member.sentenceIds.splice(member.sentenceIds.indexOf(sentenceId), 1);
  if (member.spans) member.spans = member.spans.filter((s) => s.sentenceId !== sentenceId);
  if (member.sentenceIds.length === 0) group.members.splice(group.members.indexOf(member), 1);
  if (group.members.length === 0) draft.byId.delete(group.id);
  draft.homes.get(sentenceId)?.delete(group);
  return parts;
}

/** Adds a sentence (or parts of it) to a fact, in source and reading order; parts already there are joined. */
export function putMembership(draft: FactDraft, group: Group, sentenceId: string, parts: SentenceParts): void {
  const { sourceId, index } = draft.position.get(sentenceId)!;
  let member = memberOf(draft, group, sentenceId);
  if (!member) {
    member = { sourceId, sentenceIds: [] };
    const order = draft.sourceOrder.get(sourceId)!;
    const at = group.members.findIndex((m) => draft.sourceOrder.get(m.sourceId)! > order);
    group.members.splice(at < 0 ? group.members.length : at, 0, member);
  }
  const whole = (id: string): Span => ({ sentenceId: id, start: 0, end: draft.lengths.get(id)! });
  const ids = member.sentenceIds;
  const had = ids.includes(sentenceId);
  if (!had && ids.length >= REVIEW_LIMITS.maxMemberSentences) {
    refuse(`Group ${group.id} already holds ${REVIEW_LIMITS.maxMemberSentences} sentences of ${sourceId}; one fact needs fewer.`);
  }
  // Spans are written out for every sentence of the member, then dropped again if all are whole.
  const spans = member.spans ?? ids.map(whole);
  const before = had ? (readParts(draft, group, sentenceId) ?? [whole(sentenceId)]) : [];
  const added = parts ?? [whole(sentenceId)];
  const joined = joinSpans([...before, ...added]);
  if (!had) {
    const at = ids.findIndex((id) => draft.position.get(id)!.index > index);
    ids.splice(at < 0 ? ids.length : at, 0, sentenceId);
  }
  const order = (s: Span) => draft.position.get(s.sentenceId)!.index;
  member.spans = [...spans.filter((s) => s.sentenceId !== sentenceId), ...joined].sort((a, b) => order(a) - order(b) || a.start - b.start);
  if (member.spans.every((s) => s.start === 0 && s.end === draft.lengths.get(s.sentenceId))) delete member.spans;
  (draft.homes.get(sentenceId) ?? draft.homes.set(sentenceId, new Set()).get(sentenceId)!).add(group);
}

/** Overlapping or touching spans of one sentence become one. */
function joinSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out.at(-1);
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

/** True when `inner` parts lie within `outer` parts of the same sentence (null: the whole). */
export function coversParts(outer: SentenceParts, inner: SentenceParts): boolean {
  if (outer === null) return true;
  if (inner === null) return false;
  return inner.every((i) => outer.some((o) => o.start <= i.start && i.end <= o.end));
}
