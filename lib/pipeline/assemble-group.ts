import { mergeAnalyses } from "../align/merge-analyses";
import type { AlignedGroup } from "../align/build-groups";
import { classifyGroup, type MemberSide } from "../classify/classify-group";
import { completeConflictValues } from "../classify/complete-conflict-values";
import { listConflictRules, type ConflictDeps } from "../classify/conflict-rules";
import { locateValues, type MemberPart } from "../classify/locate-values";
import { diffWords } from "../diff/diff-words";
import type { Group, Sentence, SentenceAnalysis } from "../types";

// Turns an aligned group of sentence positions into the contract's Group: ids, kind and
// conflicts from the classify step, and the word diff of every member against the first.
// `classifyMembers` is the same path for any member set, so an editor's manual link gets its
// conflict check and diff exactly like a machine link (lib/review/).

export interface SourceSentences {
  id: string;
  sentences: readonly Sentence[];
  analyses: readonly SentenceAnalysis[];
  /** Entity keys the whole article names (conflict-rules.ts); absent = those of `analyses`. */
  articleKeys?: ReadonlySet<string>;
  /** Where each unit starts in the sentence whose id it carries (a claim); absent = 0, whole sentences. */
  offsets?: readonly number[];
}

/** Sentence positions per source: `source` indexes `sources`, `indices` its sentences. */
export type MemberPositions = AlignedGroup["members"];

export type ClassifiedMembers = Pick<Group, "kind" | "members" | "conflicts" | "variants" | "diff">;

/** `everyValue`: each conflict lists every member's value (contract version 2). */
export function classifyMembers(positions: MemberPositions, sources: readonly SourceSentences[], deps: ConflictDeps, options: { everyValue?: boolean } = {}): ClassifiedMembers {
  const sides: MemberSide[] = positions.map(({ source, indices }) => {
    const src = sources[source]!;
    const texts = indices.map((i) => src.sentences[i]!.text);
    const starts = texts.map((_, k) => texts.slice(0, k).reduce((at, t) => at + t.length + 1, 0));
    return {
      sourceId: src.id,
      text: texts.join(" "),
      analysis: mergeAnalyses(indices.map((i) => src.analyses[i]!), starts),
      articleKeys: src.articleKeys ?? keysOf(src),
    };
  });
  const members = positions.map(({ source, indices }) => ({
    sourceId: sources[source]!.id,
    sentenceIds: indices.map((i) => sources[source]!.sentences[i]!.id),
  }));
  const classified = classifyGroup(sides, deps);
  const { kind } = classified;
  const listed = options.everyValue ? completeConflictValues(classified.conflicts, sides, listConflictRules(deps)) : classified.conflicts;
  const parts = new Map(positions.map(({ source, indices }) => [sources[source]!.id, indices.map((i) => partOf(sources[source]!, i))]));
  const partsOf = (sourceId: string) => parts.get(sourceId) ?? [];
  const conflicts = listed.map((c) => ({ ...c, values: locateValues(c.values, c.type, partsOf) }));
  const variants = classified.variants.map((v) => ({ ...v, values: locateValues(v.values, "variant", partsOf) }));
  const [first, ...rest] = sides;
  const diff = first && rest.length ? rest.map((side) => ({ sourceId: side.sourceId, ops: diffWords(first.text, side.text) })) : null;
  return { kind, members, conflicts, variants, diff };
}

/** The entity keys an article names anywhere: what a side of a conflict knows of (conflict-rules.ts). */
export function collectEntityKeys(analyses: readonly SentenceAnalysis[]): ReadonlySet<string> {
  return new Set(analyses.flatMap((a) => a.entities.map((e) => e.key)));
}

const articleKeys = new WeakMap<SourceSentences, ReadonlySet<string>>();
function keysOf(source: SourceSentences): ReadonlySet<string> {
  let keys = articleKeys.get(source);
  if (!keys) {
    keys = collectEntityKeys(source.analyses);
    articleKeys.set(source, keys);
  }
  return keys;
}

function partOf(source: SourceSentences, i: number): MemberPart {
  const sentence = source.sentences[i]!;
  return { sentenceId: sentence.id, offset: source.offsets?.[i] ?? 0, text: sentence.text, analysis: source.analyses[i]! };
}

export function assembleGroup(aligned: AlignedGroup, index: number, sources: readonly SourceSentences[], deps: ConflictDeps): Group {
  const { kind, members, conflicts, variants, diff } = classifyMembers(aligned.members, sources, deps);
  return {
    id: `g${index + 1}`,
    kind,
    members,
    score: kind === "unique" ? 1 : Math.round(aligned.score * 1000) / 1000,
    conflicts,
    variants,
    diff,
  };
}
