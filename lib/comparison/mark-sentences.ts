// Where each sentence states which fact, for a reader that shows sentences (the page's
// side-by-side columns, a print view): per sentence, its marked parts in reading order, each
// naming its fact. A version-1 sentence, or a version-2 member without spans, is one part
// from its start to its end; a version-2 sentence that states two facts has two parts, which
// may overlap where the facts share words (a subject).
import type { Comparison } from "../types";
import { indexSentences, listMemberParts } from "./read-member";

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
