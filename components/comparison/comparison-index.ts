// Lookups the comparison components share, so each one stays a small piece of markup.
import type { Comparison, Group, GroupMember, Kind, Sentence, Source } from "@/lib/types";

export interface ComparisonIndex {
  sources: Source[];
  sourceById: ReadonlyMap<string, Source>;
  sentenceById: ReadonlyMap<string, Sentence>;
}

export function indexComparison(comparison: Comparison): ComparisonIndex {
  const sourceById = new Map(comparison.sources.map((source) => [source.id, source]));
  const sentenceById = new Map(
    comparison.sources.flatMap((source) => source.sentences.map((sentence) => [sentence.id, sentence] as const)),
  );
  return { sources: comparison.sources, sourceById, sentenceById };
}

/** A reader-facing name: the outlet when known, else the title, else its position. */
export function labelSource(source: Source | undefined, fallbackId = "?"): string {
  if (!source) return `Source ${fallbackId}`;
  return source.outlet ?? source.title ?? `Source ${source.id.replace(/^s/, "")}`;
}

export function labelSourceId(index: ComparisonIndex, sourceId: string): string {
  return labelSource(index.sourceById.get(sourceId), sourceId);
}

export function selectGroups(groups: readonly Group[], kind: Kind): Group[] {
  return groups.filter((group) => group.kind === kind);
}

/** The text a member contributes to its group: its sentences joined in reading order. */
export function readMemberText(index: ComparisonIndex, member: GroupMember): string {
  return member.sentenceIds
    .map((id) => index.sentenceById.get(id)?.text)
    .filter((text): text is string => Boolean(text))
    .join(" ");
}

/** Unique groups bucketed by the one source that states them, in source order. */
export function groupUniqueBySource(index: ComparisonIndex, groups: readonly Group[]): { source: Source; groups: Group[] }[] {
  const unique = selectGroups(groups, "unique");
  return index.sources
    .map((source) => ({ source, groups: unique.filter((group) => group.members[0]?.sourceId === source.id) }))
    .filter((bucket) => bucket.groups.length > 0);
}

export function pluralize(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}
