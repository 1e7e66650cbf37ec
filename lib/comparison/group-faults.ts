// The checks of one group that hold in both contract versions, and the span check of version 2.
import type { Group } from "../types";

/** Sentence id → its source and the length of its text (spans are offsets into it). */
export type SentenceOwners = Map<string, { sourceId: string; length: number }>;

export function checkGroupShape(group: Group, owners: SentenceOwners): string[] {
  const faults: string[] = [];
  const memberIds = new Set(group.members.map((m) => m.sourceId));
  if (memberIds.size !== group.members.length) faults.push(`${group.id} lists a source twice`);
  if (group.members.length === 0) faults.push(`${group.id} has no members`);
  for (const member of group.members) {
    if (member.sentenceIds.length === 0) faults.push(`${group.id} has an empty member ${member.sourceId}`);
    if (new Set(member.sentenceIds).size !== member.sentenceIds.length) faults.push(`${group.id} holds a sentence of ${member.sourceId} twice`);
    for (const id of member.sentenceIds) {
      if (owners.get(id)?.sourceId !== member.sourceId) faults.push(`${group.id} names ${id}, not a sentence of ${member.sourceId}`);
    }
  }
  const many = group.members.length >= 2;
  if ((group.kind === "unique") === many) faults.push(`${group.id} is ${group.kind} with ${group.members.length} sources`);
  if ((group.kind === "conflict") !== group.conflicts.length > 0) faults.push(`${group.id} is ${group.kind} with ${group.conflicts.length} conflicts`);
  if (!(group.score >= 0 && group.score <= 1)) faults.push(`${group.id} has score ${group.score}`);
  const named = [...group.conflicts, ...group.variants].flatMap((c) => c.values.map((v) => v.sourceId));
  named.push(...(group.diff ?? []).map((d) => d.sourceId));
  for (const sourceId of named) if (!memberIds.has(sourceId)) faults.push(`${group.id} names ${sourceId}, which is not a member`);
  return faults;
}

/** Every span (of a member, or of a conflict or variant value) lies inside a member sentence. */
export function checkSpans(group: Group, owners: SentenceOwners): string[] {
  const faults: string[] = [];
  const inside = (span: { sentenceId: string; start: number; end: number }, sentenceIds: readonly string[]) => {
    const length = owners.get(span.sentenceId)?.length;
    return length !== undefined && sentenceIds.includes(span.sentenceId) && Number.isInteger(span.start) && Number.isInteger(span.end) && span.start >= 0 && span.start < span.end && span.end <= length;
  };
  const sentencesOf = new Map(group.members.map((m) => [m.sourceId, m.sentenceIds]));
  for (const member of group.members) {
    for (const span of member.spans ?? []) if (!inside(span, member.sentenceIds)) faults.push(`${group.id} has a span outside ${span.sentenceId}`);
  }
  for (const value of [...group.conflicts, ...group.variants].flatMap((c) => c.values)) {
    if (value.span && !inside(value.span, sentencesOf.get(value.sourceId) ?? [])) faults.push(`${group.id} has a value span outside ${value.span.sentenceId}`);
  }
  return faults;
}
