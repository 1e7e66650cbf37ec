// Contract version 2: the align step matched claims (parts of sentences); here each aligned
// group of claims becomes one fact whose members name their sentences and, where a claim is
// only part of its sentence, the span that states the fact. A sentence whose claims landed in
// no fact shared with another source stays as one unique fact (its unmatched parts), so every
// sentence is in at least one group and a sentence appears once per group.
import type { AlignedGroup } from "../align/build-groups";
import type { Group, Sentence, Span } from "../types";
import { classifyMembers, type MemberPositions, type SourceSentences } from "./assemble-group";
import type { ConflictDeps } from "../classify/conflict-rules";

/** A claim of a source: its sentence (index into the source's sentences) and its span. */
export interface ClaimUnit {
  sentence: number;
  start: number;
  end: number;
}

export interface FactSources {
  /** Per source: the claims as the align step saw them (text = the claim's text). */
  claims: readonly SourceSentences[];
  /** Per source: each claim's place in its sentence, parallel to `claims[k].sentences`. */
  units: readonly (readonly ClaimUnit[])[];
  /** Per source: the sentences themselves. */
  sentences: readonly (readonly Sentence[])[];
}

/** Spans of one source's claims in a group: adjacent parts of one sentence are joined. */
function spansOf(units: readonly ClaimUnit[], sentences: readonly Sentence[]): Span[] {
  const sorted = [...units].sort((a, b) => a.sentence - b.sentence || a.start - b.start);
  const spans: Span[] = [];
  for (const u of sorted) {
    const sentenceId = sentences[u.sentence]!.id;
    const last = spans.at(-1);
    if (last && last.sentenceId === sentenceId && u.start <= last.end + 3) last.end = Math.max(last.end, u.end);
    else spans.push({ sentenceId, start: u.start, end: u.end });
  }
  return spans;
}

function coversWhole(span: Span, sentences: readonly Sentence[]): boolean {
  const text = sentences.find((s) => s.id === span.sentenceId)?.text ?? "";
  return text.slice(0, span.start).trim() === "" && text.slice(span.end).trim() === "";
}

/** Unmatched claims of one sentence are one unique fact, not one per claim. */
function mergeSingletons(aligned: readonly AlignedGroup[], units: FactSources["units"]): AlignedGroup[] {
  const kept: AlignedGroup[] = [];
  const bySentence = new Map<string, AlignedGroup>();
  for (const group of aligned) {
    const only = group.members.length === 1 ? group.members[0]! : null;
    const sentencesOfOnly = only ? new Set(only.indices.map((i) => units[only.source]![i]!.sentence)) : null;
    if (!only || sentencesOfOnly!.size !== 1) {
      kept.push(group);
      continue;
    }
    const key = `${only.source}.${[...sentencesOfOnly!][0]}`;
    const earlier = bySentence.get(key);
    if (earlier) earlier.members[0]!.indices.push(...only.indices);
    else {
      const copy: AlignedGroup = { members: [{ source: only.source, indices: [...only.indices] }], score: 1 };
      bySentence.set(key, copy);
      kept.push(copy);
    }
  }
  return kept;
}

export function assembleFacts(aligned: readonly AlignedGroup[], sources: FactSources, deps: ConflictDeps): Group[] {
  // A claim's offset in its sentence turns a value found in the claim into a sentence span.
  const claims = sources.claims.map((c, k) => ({ ...c, offsets: sources.units[k]!.map((u) => u.start) }));
  return mergeSingletons(aligned, sources.units).map((group, k) => {
    const positions: MemberPositions = group.members.map((m) => ({ source: m.source, indices: [...m.indices].sort((a, b) => a - b) }));
    const classified = classifyMembers(positions, claims, deps, { everyValue: true });
    const members = positions.map(({ source, indices }) => {
      const sentences = sources.sentences[source]!;
      const spans = spansOf(indices.map((i) => sources.units[source]![i]!), sentences);
      const sentenceIds = [...new Set(spans.map((s) => s.sentenceId))];
      const whole = spans.every((s) => coversWhole(s, sentences));
      return { sourceId: sources.claims[source]!.id, sentenceIds, ...(whole ? {} : { spans }) };
    });
    return {
      id: `g${k + 1}`,
      kind: classified.kind,
      members,
      score: classified.kind === "unique" ? 1 : Math.round(group.score * 1000) / 1000,
      conflicts: classified.conflicts,
      variants: classified.variants,
      diff: classified.diff,
    };
  });
}
