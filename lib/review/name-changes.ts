import { nameFact, numberFacts } from "../comparison/number-facts";
import type { Comparison, Group, ReviewAction, ReviewChange } from "../types";

// The change log is read on the new revision's page, so it names facts as that page does
// ("Fact 3"), not by their ids, and sentences by their outlet and place rather than "s2.4".
// A fact the edits emptied (merged away, its last sentence linked elsewhere) has no number on
// the new page; it is named by its number in the revision the editor changed ("former Fact 7").
// See docs/decisions/0115-change-log-names-facts.md.

export interface ChangeNames {
  fact(groupId: string): string;
  sentence(sentenceId: string): string;
}

export type DescribeChange = (names: ChangeNames) => string;

export interface DraftChange {
  action: ReviewAction;
  groupId: string | null;
  describe: DescribeChange;
}

export function createChangeNames(base: Comparison, finalGroups: readonly Group[]): ChangeNames {
  const now = numberFacts(finalGroups);
  const before = numberFacts(base.groups);
  const sentences = new Map<string, string>();
  base.sources.forEach((source, k) => {
    const outlet = source.outlet ?? source.title ?? `source ${k + 1}`;
    source.sentences.forEach((sentence, i) => sentences.set(sentence.id, `sentence ${i + 1} of ${outlet}`));
  });
  return {
    fact: (groupId) => (now.has(groupId) ? nameFact(now, groupId) : `former ${nameFact(before, groupId, "a fact")}`),
    sentence: (sentenceId) => sentences.get(sentenceId) ?? "a sentence",
  };
}

export function wordChanges(changes: readonly DraftChange[], base: Comparison, finalGroups: readonly Group[]): ReviewChange[] {
  const names = createChangeNames(base, finalGroups);
  return changes.map(({ action, groupId, describe }) => ({ action, groupId, detail: describe(names) }));
}
