// Gold files name sentences by quotes, so the match must forgive typography that differs between
// the gold author's keyboard and the article (curly quotes, dashes, line breaks) but nothing else.

import type { Comparison, Group, Source } from "../../lib/types";
import type { GoldFile } from "./gold-types";

const FOLDS: [RegExp, string][] = [
  [/[‘’ʼ`´]/g, "'"],
  [/[“”„«»]/g, '"'],
  [/[–—]/g, "-"],
  [/\s+/g, " "],
];

/** Folds text for quote matching: case, Unicode compatibility forms, quote marks, dashes, spaces. */
export function normalizeForMatch(text: string): string {
  let out = text.toLowerCase().normalize("NFKC");
  for (const [pattern, replacement] of FOLDS) out = out.replace(pattern, replacement);
  return out.trim();
}

/** A result sentence that a gold group picked, with the gold article it belongs to. */
export interface PickedSentence {
  sentenceId: string;
  article: string;
}

export interface GoldLocation {
  /** Per gold group, in gold order: the result sentences its quotes pick (repeats kept). */
  picked: PickedSentence[][];
  /** Result sentence id -> index of the first gold group that picked it. */
  groupOfSentence: Map<string, number>;
  /** Gold article id -> the result source in the same input position. */
  sourceOf: Map<string, Source | undefined>;
}

/** Finds the result sentences behind every gold quote; unmatched quotes become problems. */
export function locateGoldSentences(gold: GoldFile, comparison: Comparison, problems: string[]): GoldLocation {
  const sourceOf = new Map(gold.articles.map((a, i) => [a.id, comparison.sources[i]] as const));
  const groupOfSentence = new Map<string, number>();
  const picked = gold.groups.map((group, gi) =>
    group.members.flatMap((member) =>
      member.quotes.flatMap((quote) => {
        const ids = findSentencesContaining(sourceOf.get(member.article), quote);
        // A headline the engine took as the title is not a sentence, so there is nothing to score.
        if (ids.length === 0 && !isInTitle(sourceOf.get(member.article), quote))
          problems.push(`no sentence of ${member.article} contains "${quote}"`);
        for (const id of ids) if (!groupOfSentence.has(id)) groupOfSentence.set(id, gi);
        return ids.map((sentenceId) => ({ sentenceId, article: member.article }));
      }),
    ),
  );
  return { picked, groupOfSentence, sourceOf };
}

export function findSentencesContaining(source: Source | undefined, quote: string): string[] {
  const needle = normalizeForMatch(quote);
  return (source?.sentences ?? []).filter((s) => normalizeForMatch(s.text).includes(needle)).map((s) => s.id);
}

function isInTitle(source: Source | undefined, quote: string): boolean {
  return normalizeForMatch(source?.title ?? "").includes(normalizeForMatch(quote));
}

/** Result sentence id -> the result group holding it (the last one, if the result repeats it). */
export function indexResultGroups(comparison: Comparison): Map<string, Group> {
  const index = new Map<string, Group>();
  for (const group of comparison.groups)
    for (const member of group.members) for (const id of member.sentenceIds) index.set(id, group);
  return index;
}
