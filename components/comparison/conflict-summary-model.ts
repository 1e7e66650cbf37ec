// What the summary under the title shows of the conflicts, and which words of a sentence are a
// conflicting value. Built from the whole comparison's groups, not the loaded part, and bounded
// so a comparison with hundreds of conflicts still has a short summary (docs/decisions/0100).
import type { Conflict, Group, Kind } from "@/lib/types";
import { findValueMarks, type TextMark } from "./text-marks";

/** Conflicts listed under the title; the rest are "and N more", a link to the filtered facts. */
export const SUMMARY_CONFLICT_LIMIT = 8;
/**
 * Cells a source's row of the agreement picture has at most; more facts share a cell. 60 keeps
 * it readable at a glance and its markup small: at 120, twelve rows of cells were a fifth of a
 * large page (docs/decisions/0060).
 */
export const AGREEMENT_CELL_LIMIT = 60;

export interface SummaryValue {
  sourceIds: string[];
  text: string;
}

export interface SummaryConflict {
  group: Group;
  /** 1-based, as the facts view numbers facts. */
  position: number;
  conflict: Conflict;
  values: SummaryValue[];
}

/**
 * Each source's value once. The contract lists one source per distinct value; a member that
 * is not listed but whose words contain a listed value is shown agreeing with it.
 */
export function listSourceValues(group: Group, conflict: Conflict, textOf: (sourceId: string) => string): SummaryValue[] {
  const values: SummaryValue[] = [];
  for (const value of conflict.values) {
    const same = values.find((known) => known.text.toLowerCase() === value.text.toLowerCase());
    if (same) same.sourceIds.push(value.sourceId);
    else values.push({ sourceIds: [value.sourceId], text: value.text });
  }
  const listed = new Set(conflict.values.map((value) => value.sourceId));
  for (const member of group.members) {
    if (listed.has(member.sourceId)) continue;
    const text = textOf(member.sourceId).toLowerCase();
    const found = values.find((value) => value.text.trim().length > 1 && text.includes(value.text.toLowerCase()));
    if (found) found.sourceIds.push(member.sourceId);
  }
  return values;
}

/** The first conflicts of the comparison, each value with its sources, and how many are left. */
export function summarizeConflicts(groups: readonly Group[], textOf: (group: Group, sourceId: string) => string, limit = SUMMARY_CONFLICT_LIMIT): { items: SummaryConflict[]; more: number; total: number } {
  const items: SummaryConflict[] = [];
  let total = 0;
  groups.forEach((group, i) => {
    if (group.kind !== "conflict") return;
    for (const conflict of group.conflicts) {
      total += 1;
      if (items.length < limit) items.push({ group, position: i + 1, conflict, values: listSourceValues(group, conflict, (id) => textOf(group, id)) });
    }
  });
  return { items, more: total - items.length, total };
}

/** Where a source's sentence shows a conflicting value: its own, or one it shares with another source. */
export function markConflictValues(group: Group, sourceId: string, text: string): TextMark[] {
  if (group.kind !== "conflict") return [];
  const own = group.conflicts.flatMap((conflict) => conflict.values.filter((value) => value.sourceId === sourceId).map((value) => value.text));
  const unlisted = group.conflicts.filter((conflict) => !conflict.values.some((value) => value.sourceId === sourceId)).flatMap((conflict) => conflict.values.map((value) => value.text));
  return [...findValueMarks(text, own, "value"), ...findValueMarks(text, unlisted, "value")];
}

const RANK: Readonly<Record<Kind, number>> = { conflict: 3, shared: 2, unique: 1 };

/**
 * One source's row of the agreement picture: per cell, the kind of the facts it states there
 * (the strongest when facts share a cell: conflict, then shared, then unique), or null.
 */
export function buildAgreementRow(groups: readonly Group[], sourceId: string, cells = Math.min(groups.length, AGREEMENT_CELL_LIMIT)): (Kind | null)[] {
  const row: (Kind | null)[] = Array.from({ length: cells }, () => null);
  groups.forEach((group, i) => {
    if (!group.members.some((member) => member.sourceId === sourceId)) return;
    const cell = Math.floor((i * cells) / groups.length);
    const known = row[cell];
    if (!known || RANK[group.kind] > RANK[known]) row[cell] = group.kind;
  });
  return row;
}
