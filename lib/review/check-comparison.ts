import type { Comparison } from "../types";

// The contract's promises about groups, checked: a reviewed comparison must keep them as the
// machine's does. Returns what is wrong, empty when nothing is; revisions are checked before
// they are stored, so a bug in an edit never reaches a permanent URL.

export function findContractProblems(comparison: Comparison): string[] {
  const problems: string[] = [];
  const seen = new Map<string, string>();
  const sourceIds = comparison.sources.map((s) => s.id);
  for (const group of comparison.groups) {
    const where = `group ${group.id}`;
    if (group.members.length === 0) problems.push(`${where} has no members`);
    const memberSources = group.members.map((m) => m.sourceId);
    if (new Set(memberSources).size !== memberSources.length) problems.push(`${where} lists a source twice`);
    if (memberSources.some((id) => !sourceIds.includes(id))) problems.push(`${where} names an unknown source`);
    if ((group.kind === "unique") !== (group.members.length === 1)) problems.push(`${where} is ${group.kind} with ${group.members.length} sources`);
    if ((group.kind === "conflict") !== (group.conflicts.length > 0)) problems.push(`${where} is ${group.kind} with ${group.conflicts.length} conflicts`);
    group.conflicts.forEach((conflict, k) => {
      const valueSources = new Set(conflict.values.map((v) => v.sourceId));
      if (valueSources.size < 2) problems.push(`conflict ${k + 1} of ${where} has values from fewer than two sources`);
      if ([...valueSources].some((id) => !memberSources.includes(id))) problems.push(`conflict ${k + 1} of ${where} names a source not in the group`);
    });
    for (const id of group.members.flatMap((m) => m.sentenceIds)) {
      const other = seen.get(id);
      if (other) problems.push(`sentence ${id} is in ${other} and ${group.id}`);
      seen.set(id, group.id);
    }
  }
  const ids = comparison.groups.map((g) => g.id);
  if (new Set(ids).size !== ids.length) problems.push("group ids repeat");
  for (const source of comparison.sources) {
    for (const sentence of source.sentences) if (!seen.has(sentence.id)) problems.push(`sentence ${sentence.id} is in no group`);
  }
  const stats = { shared: 0, conflict: 0, unique: 0 };
  for (const g of comparison.groups) stats[g.kind]++;
  if (JSON.stringify(stats) !== JSON.stringify(comparison.stats)) problems.push("stats do not match the groups");
  return problems;
}
