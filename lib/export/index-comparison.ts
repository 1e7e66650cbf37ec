import { labelSources, nameSourceId as nameLabelled } from "../comparison/name-comparison";
import { indexSentences, readMemberText, type SentenceIndex } from "../comparison/read-member";
import type { Comparison, ConflictType, GroupMember, Source } from "../types";

// Lookups the exports share, built once per export from the read model (lib/comparison/):
// sentences by id and source labels by id; and a source's cleaned text, stored beside it.

export const CONFLICT_LABELS: Readonly<Record<ConflictType, string>> = {
  number: "Number differs",
  date: "Date differs",
  name: "Name differs",
  place: "Place differs",
  quote: "Quotation differs",
  attribution: "Attribution differs",
  negation: "One source negates it",
  other: "A detail differs",
};

export interface ExportIndex {
  sentences: SentenceIndex;
  sourceLabel: ReadonlyMap<string, string>;
}

export function indexForExport(comparison: Comparison): ExportIndex {
  return { sentences: indexSentences(comparison), sourceLabel: labelSources(comparison) };
}

/** What one source itself says in a group: its sentences, or in version 2 its spans of them. */
export function readMember(index: ExportIndex, member: GroupMember): string {
  return readMemberText(member, index.sentences);
}

export function nameSourceId(index: ExportIndex, sourceId: string): string {
  return nameLabelled(index.sourceLabel, sourceId);
}

/** A source's sentences in reading order, as paragraphs separated by a blank line. */
export function readCleanedText(source: Source): string {
  const paragraphs: string[][] = [];
  let last: number | null = null;
  for (const sentence of source.sentences) {
    if (sentence.paragraph !== last) paragraphs.push([]);
    paragraphs.at(-1)!.push(sentence.text);
    last = sentence.paragraph;
  }
  return paragraphs.map((p) => p.join(" ")).join("\n\n");
}
