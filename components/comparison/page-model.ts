// Figures the comparison page shows that the contract leaves to the reader to work out:
// word counts, what cleaning removed, each source's share of each kind, who states what.
import { describeEvent } from "@/lib/comparison/name-comparison";
import { readIsoDay } from "@/lib/text/plain-text";
import type { Comparison, Group, Kind, Source } from "@/lib/types";
import { mapSentenceFacts } from "./sentence-parts";

export const KINDS: readonly Kind[] = ["conflict", "shared", "unique"];

export interface SourceFigures {
  words: number;
  sentences: number;
  removedItems: number;
  removedWords: number;
  /** Removed words as a share of kept plus removed words, 0..1. */
  removedShare: number;
  /** Facts (groups) this source takes part in, by kind. */
  kinds: Record<Kind, number>;
}

export function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function measureSource(comparison: Comparison, source: Source): SourceFigures {
  const words = source.sentences.reduce((sum, sentence) => sum + countWords(sentence.text), 0);
  const removedWords = source.removed.reduce((sum, item) => sum + countWords(item.text), 0);
  const kinds: Record<Kind, number> = { conflict: 0, shared: 0, unique: 0 };
  for (const group of comparison.groups) {
    if (group.members.some((member) => member.sourceId === source.id)) kinds[group.kind] += 1;
  }
  return {
    words,
    sentences: source.sentences.length,
    removedItems: source.removed.length,
    removedWords,
    removedShare: words + removedWords > 0 ? removedWords / (words + removedWords) : 0,
    kinds,
  };
}

/** The event's name: the title stored with it (the creator's, else a neutral one), else one derived now. */
export function deriveEventTitle(comparison: Comparison, given: string | null | undefined): string {
  return given?.trim() || describeEvent(comparison);
}

/** A sentence's 1-based position in its source ("s2.12" is usually 12, but the id is not trusted for it). */
export function mapSentenceNumbers(comparison: Comparison): ReadonlyMap<string, number> {
  return new Map(comparison.sources.flatMap((source) => source.sentences.map((sentence, i) => [sentence.id, i + 1] as const)));
}

/** "4", "4, 5" or "4–6": sentence numbers as a reader would cite them. */
export function formatNumbers(numbers: readonly number[]): string {
  const sorted = [...numbers].sort((a, b) => a - b);
  const first = sorted[0];
  const last = sorted.at(-1);
  if (first === undefined || last === undefined) return "";
  if (sorted.length > 2 && last - first === sorted.length - 1) return `${first}–${last}`;
  return sorted.join(", ");
}

const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });

/** "19 Oct 2025" for an ISO date or date-time; null when absent or unreadable. */
export function formatDate(value: string | null): string | null {
  // Only real calendar days: "-271821-04-20" parses as a Date but is no publication date.
  const day = readIsoDay(value);
  return day ? DATE_FORMAT.format(new Date(`${day}T00:00:00Z`)) : null;
}

export function formatCount(value: number): string {
  return value.toLocaleString("en-GB");
}

export interface PageData {
  title: string;
  comparison: Comparison;
  /** A sentence's first fact (its only group in version 1). */
  groupOf: ReadonlyMap<string, Group>;
  /** Every fact a sentence states, in comparison order (version 2: possibly several). */
  factsOf: ReadonlyMap<string, readonly Group[]>;
  numberOf: ReadonlyMap<string, number>;
  figures: ReadonlyMap<string, SourceFigures>;
  sentenceText: ReadonlyMap<string, string>;
  /** A reader-facing name for a source id: outlet, else title, else "Source 2". */
  label: (sourceId: string) => string;
  /** A fact's 1-based place in the comparison, as the facts view numbers it (0 if unknown). */
  factNumber: (groupId: string) => number;
}

/** Everything the page's components look up, computed once per render. */
export function buildPageData(title: string, comparison: Comparison): PageData {
  const names = new Map(
    comparison.sources.map((source, i) => [source.id, source.outlet?.trim() || source.title?.trim() || `Source ${i + 1}`] as const),
  );
  const factsOf = mapSentenceFacts(comparison);
  const positions = new Map(comparison.groups.map((group, i) => [group.id, i + 1] as const));
  return {
    title,
    comparison,
    groupOf: new Map([...factsOf].map(([id, groups]) => [id, groups[0]!] as const)),
    factsOf,
    numberOf: mapSentenceNumbers(comparison),
    figures: new Map(comparison.sources.map((source) => [source.id, measureSource(comparison, source)] as const)),
    sentenceText: new Map(comparison.sources.flatMap((source) => source.sentences.map((s) => [s.id, s.text] as const))),
    label: (sourceId) => names.get(sourceId) ?? sourceId,
    factNumber: (groupId) => positions.get(groupId) ?? 0,
  };
}

/** The words a member contributes to its group, its sentences joined in reading order. */
export function readMember(data: PageData, sentenceIds: readonly string[]): string {
  return sentenceIds
    .map((id) => data.sentenceText.get(id))
    .filter((text): text is string => Boolean(text))
    .join(" ");
}
