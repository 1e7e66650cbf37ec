// Contract version 2: a conflict lists the value of every member, so a reader sees which
// source is the odd one out (14 / 16 / Fourteen). The classify step compares each member with
// the first; a member that agrees with the first has no value of its own in that comparison,
// so its value is read by comparing it with a member that differs. A member that states no
// such detail at all is shown as not stating it.
import type { Conflict, SourceValue } from "../types";
import type { MemberSide } from "./classify-group";
import type { ConflictRule } from "./conflict-rules";

export const NOT_STATED = "(not stated)";

function valueOf(member: MemberSide, listed: readonly SourceValue[], sides: ReadonlyMap<string, MemberSide>, rule: ConflictRule): string {
  for (const value of listed) {
    const other = sides.get(value.sourceId);
    const hit = other ? rule.find(member, other) : null;
    if (hit) return hit[0];
  }
  // It conflicts with no listed member: it agrees with the first, or states no such detail.
  return statesDetail(member, rule.type) ? (listed[0]?.text ?? NOT_STATED) : NOT_STATED;
}

function statesDetail(member: MemberSide, type: Conflict["type"]): boolean {
  const a = member.analysis;
  if (type === "number") return a.numbers.length > 0;
  if (type === "date") return a.dates.length > 0;
  if (type === "quote") return a.quotes.length > 0;
  if (type === "attribution") return a.speakers.length > 0;
  if (type === "name" || type === "place") return a.entities.length > 0;
  return true;
}

export function completeConflictValues(conflicts: readonly Conflict[], members: readonly MemberSide[], rules: readonly ConflictRule[]): Conflict[] {
  const sides = new Map(members.map((m) => [m.sourceId, m]));
  return conflicts.map((conflict) => {
    const rule = rules.find((r) => r.type === conflict.type);
    if (!rule) return conflict;
    const values = members.map((m) => conflict.values.find((v) => v.sourceId === m.sourceId) ?? { sourceId: m.sourceId, text: valueOf(m, conflict.values, sides, rule) });
    return { ...conflict, values };
  });
}
