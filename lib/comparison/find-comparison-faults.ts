// The rules stage of the one validator (validate-comparison.ts, which checks the JSON shape
// first) — every promise of ../shared/contract.md, for both versions: ids that
// point at real sentences of their own source, kinds that agree with their members, conflicts
// and variants naming members only, counts that add up. Version 1 puts every sentence in
// exactly one group; version 2 puts it in at least one (once per group), with spans inside
// their sentences and naming each of its sentences, and a conflict lists a value for every
// member. The engine's property tests call it directly on what the engine made.
import type { Comparison, Group } from "../types";
import { countKinds } from "./count-facts";
import { checkGroupShape, checkSpans, type SentenceOwners } from "./group-faults";

export function findComparisonFaults(comparison: Comparison): string[] {
  const faults: string[] = [];
  const fault = (message: string) => void faults.push(message);
  const version = comparison.version as number;
  if (version !== 1 && version !== 2) fault(`version is ${String(comparison.version)}`);
  if (Number.isNaN(Date.parse(comparison.createdAt))) fault(`createdAt "${comparison.createdAt}" is not a date`);

  const owners: SentenceOwners = new Map();
  comparison.sources.forEach((source, k) => {
    if (source.id !== `s${k + 1}`) fault(`source ${k} has id ${source.id}`);
    for (const sentence of source.sentences) {
      if (!sentence.id.startsWith(`${source.id}.`)) fault(`sentence ${sentence.id} is not named after ${source.id}`);
      if (owners.has(sentence.id)) fault(`sentence id ${sentence.id} is used twice`);
      if (!sentence.text.trim()) fault(`sentence ${sentence.id} is blank`);
      owners.set(sentence.id, { sourceId: source.id, length: sentence.text.length });
    }
  });

  const placed = new Map<string, string[]>(); // sentence id → the groups that hold it
  const counts = countKinds(comparison.groups);
  const ids = new Set<string>();
  comparison.groups.forEach((group, k) => {
    // The machine numbers its groups in order; a revision keeps the ids it had, so a link to a
    // fact survives the review, and only asks them to be unique.
    if (version === 1 && !comparison.review && group.id !== `g${k + 1}`) fault(`group ${k} has id ${group.id}`);
    if (ids.has(group.id)) fault(`group id ${group.id} is used twice`);
    ids.add(group.id);
    for (const message of checkGroupShape(group, owners)) fault(message);
    if (version === 2) for (const message of checkVersion2(group, owners)) fault(message);
    // Version 1 has no member spans; a value may say where it stands (new comparisons only).
    else if (group.members.some((m) => m.spans)) fault(`${group.id} has spans, which version 1 has not`);
    else if (hasValueSpans(group)) for (const message of checkSpans(group, owners)) fault(message);
    for (const id of new Set(group.members.flatMap((m) => m.sentenceIds))) placed.set(id, [...(placed.get(id) ?? []), group.id]);
  });
  for (const id of owners.keys()) {
    const holders = placed.get(id) ?? [];
    if (holders.length === 0) fault(`sentence ${id} is in no group`);
    else if (version === 1 && holders.length > 1) fault(`sentence ${id} is in ${holders.join(" and ")}`);
  }
  for (const kind of ["shared", "conflict", "unique"] as const) {
    if (comparison.stats[kind] !== counts[kind]) fault(`stats.${kind} is ${comparison.stats[kind]}, groups say ${counts[kind]}`);
  }
  return faults;
}

function hasValueSpans(group: Group): boolean {
  return [...group.conflicts, ...group.variants].some((c) => c.values.some((v) => v.span));
}

/** Spans inside their sentences and naming each of them, and every conflict naming every member's value. */
function checkVersion2(group: Group, owners: SentenceOwners): string[] {
  const faults = checkSpans(group, owners);
  for (const member of group.members) {
    if (!member.spans) continue;
    // A member with spans names the part of each of its sentences; a sentence without one
    // would be credited to the fact with no words at all.
    const named = new Set(member.spans.map((s) => s.sentenceId));
    for (const id of member.sentenceIds) if (!named.has(id)) faults.push(`${group.id} has spans for ${member.sourceId} but none in ${id}`);
  }
  const members = group.members.map((m) => m.sourceId);
  group.conflicts.forEach((conflict, k) => {
    const missing = members.filter((id) => !conflict.values.some((v) => v.sourceId === id));
    if (missing.length) faults.push(`${group.id} conflict ${k + 1} (${conflict.type}) has no value for ${missing.join(", ")}`);
  });
  return faults;
}
