// What a member of a group itself printed. In version 1 a member is its whole sentences; in
// version 2 a member may name spans, the parts of its sentences that state the fact, and then
// only those parts are its words: a source is never credited with the rest of a sentence that
// states another fact, nor with a detail it left out (contract, version 2).
import type { Comparison, GroupMember, Sentence } from "../types";

/** One stretch of a source's own words in a fact: a whole sentence, or a span of one. */
export interface MemberPart {
  sentenceId: string;
  start: number;
  end: number;
  text: string;
  /** True when the part is the whole sentence. */
  whole: boolean;
}

export type SentenceIndex = ReadonlyMap<string, Sentence>;

export function indexSentences(comparison: Pick<Comparison, "sources">): SentenceIndex {
  return new Map(comparison.sources.flatMap((source) => source.sentences.map((sentence) => [sentence.id, sentence] as const)));
}

// Spans end where the claim splitter cut ("…on Tuesday, killing at least 69"): the joining
// comma or dash belongs to neither part, so it is left off the words shown.
const LOOSE_ENDS = /^[\s,;:–—-]+|[\s,;:–—-]+$/g;

/** The member's parts in reading order; a sentence the comparison lacks is left out. */
export function listMemberParts(member: GroupMember, sentences: SentenceIndex): MemberPart[] {
  const parts: MemberPart[] = [];
  for (const sentenceId of member.sentenceIds) {
    const sentence = sentences.get(sentenceId);
    if (!sentence) continue;
    const spans = (member.spans ?? []).filter((s) => s.sentenceId === sentenceId).sort((a, b) => a.start - b.start);
    if (spans.length === 0) {
      parts.push({ sentenceId, start: 0, end: sentence.text.length, text: sentence.text, whole: true });
      continue;
    }
    for (const span of spans) {
      const raw = sentence.text.slice(span.start, span.end);
      const whole = sentence.text.slice(0, span.start).trim() === "" && sentence.text.slice(span.end).trim() === "";
      parts.push({ sentenceId, start: span.start, end: span.end, text: whole ? raw : raw.replace(LOOSE_ENDS, ""), whole });
    }
  }
  return parts.filter((part) => part.text.length > 0);
}

/**
 * The member's own words as one passage: its parts in reading order, a space between, and
 * " … " between two parts of one sentence that leave words out between them, so a reader
 * never takes two separate parts for one run of text.
 */
export function readMemberText(member: GroupMember, sentences: SentenceIndex): string {
  const parts = listMemberParts(member, sentences);
  return parts
    .map((part, k) => {
      const before = parts[k - 1];
      if (!before || before.sentenceId !== part.sentenceId) return k === 0 ? part.text : ` ${part.text}`;
      const gap = sentences.get(part.sentenceId)!.text.slice(before.end, part.start);
      return /[\p{L}\p{N}]/u.test(gap) ? ` … ${part.text}` : ` ${part.text}`;
    })
    .join("");
}

/** True when the member states only part of some sentence (version 2 spans). */
export function isPartial(member: GroupMember, sentences: SentenceIndex): boolean {
  return listMemberParts(member, sentences).some((part) => !part.whole);
}

// Where each sentence states which fact, for a reader that shows sentences (the page's
// side-by-side columns, a print view): per sentence, its marked parts in reading order, each
// naming its fact. A version-1 sentence, or a version-2 member without spans, is one part
// from its start to its end; a version-2 sentence that states two facts has two parts, which
// may overlap where the facts share words (a subject).
export interface SentenceMark {
  groupId: string;
  start: number;
  end: number;
}

export function markSentences(comparison: Pick<Comparison, "sources" | "groups">): ReadonlyMap<string, readonly SentenceMark[]> {
  const sentences = indexSentences(comparison);
  const marks = new Map<string, SentenceMark[]>();
  for (const group of comparison.groups) {
    for (const member of group.members) {
      for (const part of listMemberParts(member, sentences)) {
        const list = marks.get(part.sentenceId) ?? marks.set(part.sentenceId, []).get(part.sentenceId)!;
        list.push({ groupId: group.id, start: part.start, end: part.end });
      }
    }
  }
  for (const list of marks.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return marks;
}
