// A sentence's facts in the side-by-side view. In contract version 1 a sentence is in one group;
// in version 2 it is in every fact it states, each membership naming its part (`spans`). The
// page cuts such a sentence at every span boundary, so each stretch knows the facts it states:
// where two spans overlap (a shared subject), the stretch belongs to both.
import type { Comparison, Group, GroupMember, Kind } from "@/lib/types";
import { markConflictValues } from "./conflict-summary-model";
import { findValueMarks, type TextMark } from "./text-marks";
import { isItemShown, type ViewState } from "./view-state";

export interface Stretch {
  start: number;
  end: number;
}

export interface SentencePart extends Stretch {
  /** The facts this stretch states, in comparison order; empty for words between spans. */
  groupIds: string[];
  /** The fact the part links to: the first of its facts with no stretch of its own elsewhere, else the first. */
  target: string | null;
}

/** Every fact each sentence is in, in comparison order (version 1: exactly one). */
export function mapSentenceFacts(comparison: Comparison): ReadonlyMap<string, readonly Group[]> {
  const map = new Map<string, Group[]>();
  for (const group of comparison.groups) {
    for (const member of group.members) {
      for (const id of new Set(member.sentenceIds)) map.set(id, [...(map.get(id) ?? []), group]);
    }
  }
  return map;
}

/**
 * Where in one sentence a member states its fact: its spans there, clamped to the text, or the
 * whole sentence when the member names no span in it (the contract's "absent = whole").
 */
export function findMemberStretches(member: GroupMember | undefined, sentenceId: string, text: string): Stretch[] {
  const clamp = (n: number) => Math.max(0, Math.min(n, text.length));
  const own = (member?.spans ?? [])
    .filter((span) => span.sentenceId === sentenceId)
    .map((span) => ({ start: clamp(span.start), end: clamp(span.end) }))
    .filter((span) => span.end > span.start)
    .sort((a, b) => a.start - b.start);
  return own.length > 0 ? own : [{ start: 0, end: text.length }];
}

/**
 * The sentence cut at every boundary of its facts' stretches. A sentence in one fact (every
 * version-1 sentence) is one part: the page then draws it as before.
 */
export function cutSentenceParts(sentenceId: string, text: string, sourceId: string, groups: readonly Group[]): SentencePart[] {
  const stretches = groups.map((group) => ({
    id: group.id,
    stretches: findMemberStretches(group.members.find((member) => member.sourceId === sourceId), sentenceId, text),
  }));
  const cuts = new Set([0, text.length]);
  for (const { stretches: own } of stretches) for (const s of own) cuts.add(s.start).add(s.end);
  const points = [...cuts].sort((a, b) => a - b);
  const parts: SentencePart[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const groupIds = stretches.filter(({ stretches: own }) => own.some((s) => s.start <= start && s.end >= end)).map(({ id }) => id);
    const previous = parts.at(-1);
    if (previous && previous.groupIds.join(" ") === groupIds.join(" ")) previous.end = end;
    else parts.push({ start, end, groupIds, target: null });
  }
  for (const part of parts) {
    const alone = part.groupIds.find((id) => !parts.some((other) => other !== part && other.groupIds.includes(id)));
    part.target = alone ?? part.groupIds[0] ?? null;
  }
  return parts;
}

/** The marks that fall inside [start, end), cut to it and counted from its start. */
export function clipMarks(marks: readonly TextMark[], start: number, end: number): TextMark[] {
  return marks
    .filter((mark) => mark.start < end && mark.end > start)
    .map((mark) => ({ ...mark, start: Math.max(mark.start, start) - start, end: Math.min(mark.end, end) - start }));
}

const KIND_RANK: Readonly<Record<Kind, number>> = { conflict: 3, shared: 2, unique: 1 };

/** The kind a sentence row is tinted with: the strongest of its facts (conflict, shared, unique). */
export function rankSentenceKind(groups: readonly Group[]): Kind {
  return groups.reduce<Kind>((best, group) => (KIND_RANK[group.kind] > KIND_RANK[best] ? group.kind : best), "unique");
}

/** A sentence shows when any of its facts passes the filter (and its source is shown). */
export function isSentenceShown(state: ViewState, groups: readonly Group[], sourceId: string): boolean {
  if (groups.length === 0) return isItemShown(state, "unique", [sourceId]);
  return groups.some((group) => isItemShown(state, group.kind, [sourceId]));
}

/**
 * Where a source's sentence shows the conflicting values of one fact. A value that names its
 * span is marked there and nowhere else. A value without one is looked for only inside the
 * member's own stretches of this sentence; with no spans at all (version 1) the page marks
 * values as it always has.
 */
export function markSentenceValues(group: Group, sourceId: string, sentenceId: string, text: string): TextMark[] {
  if (group.kind !== "conflict") return [];
  const member = group.members.find((m) => m.sourceId === sourceId);
  const own = group.conflicts.flatMap((conflict) => conflict.values.filter((value) => value.sourceId === sourceId));
  if (!member?.spans && !own.some((value) => value.span)) return markConflictValues(group, sourceId, text);
  const marks: TextMark[] = [];
  for (const value of own) {
    if (value.span) {
      if (value.span.sentenceId === sentenceId && value.span.start < value.span.end && value.span.end <= text.length) {
        marks.push({ start: value.span.start, end: value.span.end, type: "value" });
      }
      continue;
    }
    for (const stretch of findMemberStretches(member, sentenceId, text)) {
      for (const mark of findValueMarks(text.slice(stretch.start, stretch.end), [value.text], "value")) {
        marks.push({ start: mark.start + stretch.start, end: mark.end + stretch.start, type: "value" });
      }
    }
  }
  return marks;
}
