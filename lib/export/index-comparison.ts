import type { Comparison, ConflictType, GroupMember } from "../types";
import { labelSource } from "./describe-comparison";

// Lookups the exports share: a sentence's text by id, a source's label by id.

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
  sentenceText: ReadonlyMap<string, string>;
  sourceLabel: ReadonlyMap<string, string>;
}

export function indexForExport(comparison: Comparison): ExportIndex {
  const sentenceText = new Map<string, string>();
  const sourceLabel = new Map<string, string>();
  for (const source of comparison.sources) {
    sourceLabel.set(source.id, labelSource(source));
    for (const sentence of source.sentences) sentenceText.set(sentence.id, sentence.text);
  }
  return { sentenceText, sourceLabel };
}

/** What one source says in a group: its sentences, in reading order, as one passage. */
export function readMember(index: ExportIndex, member: GroupMember): string {
  return member.sentenceIds.map((id) => index.sentenceText.get(id) ?? "").filter(Boolean).join(" ");
}

export function nameSourceId(index: ExportIndex, sourceId: string): string {
  return index.sourceLabel.get(sourceId) ?? sourceId;
}

