// What a member of a fact printed, for the views that show a fact once per source (Facts,
// Coverage, "Where they disagree", "Only in"). A version-2 member may state its fact in part of
// a sentence: the page shows that sentence whole, for context, with the member's own words
// emphasised, and quotes only those words where a line is short. Small on purpose: the
// read-model helpers in lib/comparison are to replace readFactText once they land.
import type { Group, GroupMember } from "@/lib/types";
import { findMemberStretches, markSentenceValues, type Stretch } from "./sentence-parts";
import { findDiffMarks, type TextMark } from "./text-marks";

export interface MemberSentence {
  sentenceId: string;
  text: string;
  /** The member's own words in it; null when it states the fact with the whole sentence. */
  stretches: Stretch[] | null;
}

/** A member's sentences in reading order, each with the stretches that state the fact. */
export function listMemberSentences(sentenceText: ReadonlyMap<string, string>, member: GroupMember): MemberSentence[] {
  return member.sentenceIds.flatMap((sentenceId) => {
    const text = sentenceText.get(sentenceId);
    if (text === undefined) return [];
    const named = member.spans?.some((span) => span.sentenceId === sentenceId);
    return [{ sentenceId, text, stretches: named ? findMemberStretches(member, sentenceId, text) : null }];
  });
}

/** Whether a member names any part of a sentence: if not, the page shows it exactly as version 1. */
export function hasSpans(member: GroupMember): boolean {
  return (member.spans?.length ?? 0) > 0;
}

/**
 * The words a member printed for its fact: its spans' text (trimmed, joined by " … " where they
 * are apart), or its whole sentences joined by a space when it names no span (version 1).
 */
export function readFactText(sentenceText: ReadonlyMap<string, string>, member: GroupMember | undefined): string {
  if (!member) return "";
  return listMemberSentences(sentenceText, member)
    .flatMap(({ text, stretches }) => (stretches ? stretches.map((s) => text.slice(s.start, s.end).trim()) : [text]))
    .filter(Boolean)
    .join(stretchJoiner(member));
}

const stretchJoiner = (member: GroupMember) => (hasSpans(member) ? " … " : " ");

/**
 * The marks of one member sentence in the facts view: its stretches ("fact"), its conflicting
 * values, and the words that differ where the diff spells out exactly the one stretch shown.
 */
export function markMemberSentence(group: Group, sourceId: string, sentence: MemberSentence): TextMark[] {
  const { text, stretches } = sentence;
  const marks: TextMark[] = markSentenceValues(group, sourceId, sentence.sentenceId, text);
  if (stretches) marks.push(...stretches.map((s) => ({ ...s, type: "fact" as const })));
  const only = stretches?.length === 1 ? stretches[0]! : { start: 0, end: text.length };
  if (group.kind !== "unique") {
    for (const mark of findDiffMarks(group, sourceId, text.slice(only.start, only.end))) {
      marks.push({ start: mark.start + only.start, end: mark.end + only.start, type: "diff" });
    }
  }
  return marks;
}
