// Cleaning is scored on what the reader would notice: boilerplate left among the sentences (or
// dropped without a trace in `removed`) and a repeated paragraph that still shows twice.

import type { Comparison, Source } from "../../lib/types";
import type { GoldFile, GoldScore } from "./gold-types";
import { normalizeForMatch } from "./match-quotes";
import { round3 } from "./score-links";

export function scoreCleaning(gold: GoldFile, comparison: Comparison, problems: string[]): GoldScore["cleaning"] {
  const sourceOf = new Map(gold.articles.map((a, i) => [a.id, comparison.sources[i]] as const));
  let checks = 0, ok = 0;
  for (const [article, quotes] of Object.entries(gold.boilerplate ?? {})) {
    const source = sourceOf.get(article);
    for (const quote of quotes) {
      checks++;
      const needle = normalizeForMatch(quote);
      const kept = countSentencesContaining(source, needle) > 0;
      const listed = (source?.removed ?? []).some((r) => normalizeForMatch(r.text).includes(needle));
      if (!kept && listed) ok++;
      else problems.push(`boilerplate "${quote}" of ${article}: ${kept ? "kept in the sentences" : "not listed in removed"}`);
    }
  }
  for (const [article, quotes] of Object.entries(gold.duplicates ?? {})) {
    const source = sourceOf.get(article);
    for (const quote of quotes) {
      checks++;
      const n = countSentencesContaining(source, normalizeForMatch(quote));
      if (n === 1) ok++;
      else problems.push(`duplicate "${quote}" of ${article}: ${n} sentences hold it`);
    }
  }
  return { checks, ok, share: checks ? round3(ok / checks) : 1 };
}

function countSentencesContaining(source: Source | undefined, needle: string): number {
  return (source?.sentences ?? []).filter((s) => normalizeForMatch(s.text).includes(needle)).length;
}
