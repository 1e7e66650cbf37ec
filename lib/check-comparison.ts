// What every Comparison must satisfy whatever the text (../shared/contract.md): each sentence in
// exactly one group, ids that point at real sentences of their own source, kinds that agree
// with their members, counts that add up. Property tests run it on random input; the load and
// crash scripts run it on what the server reads back. Returns the faults found, empty when valid.
import type { Comparison, Group } from "./types";

export function findComparisonFaults(comparison: Comparison): string[] {
  const faults: string[] = [];
  const fault = (message: string) => void faults.push(message);
  if (comparison.version !== 1) fault(`version is ${String(comparison.version)}`);
  if (Number.isNaN(Date.parse(comparison.createdAt))) fault(`createdAt "${comparison.createdAt}" is not a date`);

  const owner = new Map<string, string>(); // sentence id → source id
  comparison.sources.forEach((source, k) => {
    if (source.id !== `s${k + 1}`) fault(`source ${k} has id ${source.id}`);
    for (const sentence of source.sentences) {
      if (!sentence.id.startsWith(`${source.id}.`)) fault(`sentence ${sentence.id} is not named after ${source.id}`);
      if (owner.has(sentence.id)) fault(`sentence id ${sentence.id} is used twice`);
      if (!sentence.text.trim()) fault(`sentence ${sentence.id} is blank`);
      owner.set(sentence.id, source.id);
    }
  });

  const placed = new Map<string, string>(); // sentence id → group id
  const counts = { shared: 0, conflict: 0, unique: 0 };
  comparison.groups.forEach((group, k) => {
    if (group.id !== `g${k + 1}`) fault(`group ${k} has id ${group.id}`);
    counts[group.kind]++;
    for (const message of checkGroup(group, owner, placed)) fault(message);
  });
  for (const id of owner.keys()) if (!placed.has(id)) fault(`sentence ${id} is in no group`);
  for (const kind of ["shared", "conflict", "unique"] as const) {
    if (comparison.stats[kind] !== counts[kind]) fault(`stats.${kind} is ${comparison.stats[kind]}, groups say ${counts[kind]}`);
  }
  return faults;
}

function checkGroup(group: Group, owner: ReadonlyMap<string, string>, placed: Map<string, string>): string[] {
  const faults: string[] = [];
  const memberIds = new Set(group.members.map((m) => m.sourceId));
  if (memberIds.size !== group.members.length) faults.push(`${group.id} lists a source twice`);
  if (group.members.length === 0) faults.push(`${group.id} has no members`);
  for (const member of group.members) {
    if (member.sentenceIds.length === 0) faults.push(`${group.id} has an empty member ${member.sourceId}`);
    for (const id of member.sentenceIds) {
      if (owner.get(id) !== member.sourceId) faults.push(`${group.id} names ${id}, not a sentence of ${member.sourceId}`);
      const before = placed.get(id);
      if (before) faults.push(`sentence ${id} is in ${before} and ${group.id}`);
      placed.set(id, group.id);
    }
  }
  const many = group.members.length >= 2;
  if ((group.kind === "unique") === many) faults.push(`${group.id} is ${group.kind} with ${group.members.length} sources`);
  if ((group.kind === "conflict") !== group.conflicts.length > 0) faults.push(`${group.id} is ${group.kind} with ${group.conflicts.length} conflicts`);
  if (!(group.score >= 0 && group.score <= 1)) faults.push(`${group.id} has score ${group.score}`);
  const named = [...group.conflicts, ...group.variants].flatMap((c) => c.values.map((v) => v.sourceId));
  named.push(...(group.diff ?? []).map((d) => d.sourceId));
  for (const sourceId of named) if (!memberIds.has(sourceId)) faults.push(`${group.id} names ${sourceId}, which is not a member`);
  return faults;
}
