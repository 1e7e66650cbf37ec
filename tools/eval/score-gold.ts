// Scores one engine result against a gold file, with the figures ../shared/seeds/GOLD_FORMAT.md
// describes. Pure: the caller reads the files and runs the engine.

import type { Comparison } from "../../lib/types";
import type { GoldFile, GoldScore } from "./gold-types";
import { locateGoldSentences } from "./match-quotes";
import { scoreCleaning } from "./score-cleaning";
import { scoreKinds } from "./score-kinds";
import { scoreLinks } from "./score-links";

/** Gold articles pair with result sources by position: the gold order is the input order. */
export function scoreAgainstGold(gold: GoldFile, comparison: Comparison): GoldScore {
  const problems: string[] = [];
  if (comparison.sources.length !== gold.articles.length)
    problems.push(`gold has ${gold.articles.length} articles, the result ${comparison.sources.length} sources`);
  const where = locateGoldSentences(gold, comparison, problems);
  const links = scoreLinks(gold, comparison, where, problems);
  const { kinds, conflicts, unique } = scoreKinds(gold, comparison, where, problems);
  const cleaning = scoreCleaning(gold, comparison, problems);
  const partitionErrors = countPartitionErrors(comparison, problems);
  return { links, kinds, conflicts, unique, cleaning, partitionErrors, problems };
}

/** Sentences not in exactly one group; ids that no source has are reported but not counted. */
function countPartitionErrors(comparison: Comparison, problems: string[]): number {
  const seen = new Map<string, number>();
  for (const group of comparison.groups)
    for (const member of group.members) for (const id of member.sentenceIds) seen.set(id, (seen.get(id) ?? 0) + 1);
  // Listed per occurrence, so two sentences sharing an id count twice.
  const listed = comparison.sources.flatMap((s) => s.sentences.map((x) => x.id));
  const known = new Set(listed);
  const errors = listed.filter((id) => seen.get(id) !== 1);
  if (errors.length)
    problems.push(`${errors.length} sentences are not in exactly one group (${errors.slice(0, 5).join(", ")})`);
  const unknown = [...seen.keys()].filter((id) => !known.has(id));
  if (unknown.length) problems.push(`groups name sentences no source has: ${unknown.slice(0, 5).join(", ")}`);
  return errors.length;
}
