// Kinds are judged per gold fact: the kind most of its sentences ended up in must be the gold
// kind. Ambiguous facts keep their links but are left out of every kind-based figure.

import type { Comparison, Group, Kind } from "../../lib/types";
import type { GoldFile, GoldScore } from "./gold-types";
import { indexResultGroups, type GoldLocation } from "./match-quotes";
import { describeGroup, round3 } from "./score-links";

type KindFigures = Pick<GoldScore, "kinds" | "conflicts" | "unique">;

export function scoreKinds(gold: GoldFile, comparison: Comparison, where: GoldLocation, problems: string[]): KindFigures {
  const resultGroupOf = indexResultGroups(comparison);
  // A sentence that a multi-source fact also claims is not expected to stay unique.
  const inMultiSource = new Set(
    gold.groups.flatMap((g, gi) => (g.kind === "unique" ? [] : (where.picked[gi] ?? []).map((p) => p.sentenceId))),
  );
  let multi = 0, correct = 0, conflicts = 0, found = 0, typed = 0, uniqueGold = 0, uniqueKept = 0;

  gold.groups.forEach((group, gi) => {
    const landed = (where.picked[gi] ?? []).map((p) => resultGroupOf.get(p.sentenceId));
    if (group.kind === "unique") {
      (where.picked[gi] ?? []).forEach((p, i) => {
        if (inMultiSource.has(p.sentenceId)) return;
        uniqueGold++;
        if (landed[i]?.kind === "unique") uniqueKept++;
        else problems.push(`unique "${describeGroup(gold, gi)}" of ${p.article}: got ${landed[i]?.kind ?? "nothing"}`);
      });
      return;
    }
    if (group.ambiguous) return;
    multi++;
    const top = pickMajorityKind(landed);
    if (top === group.kind) correct++;
    else problems.push(`group "${describeGroup(gold, gi)}": expected ${group.kind}, got ${top ?? "nothing"}`);
    if (group.kind !== "conflict") return;
    conflicts++;
    const conflictGroup = landed.find((g) => g?.kind === "conflict");
    if (!conflictGroup) return;
    found++;
    if (conflictGroup.conflicts.some((c) => c.type === group.type)) typed++;
    else {
      const got = conflictGroup.conflicts.map((c) => c.type).join(", ") || "no type";
      problems.push(`conflict "${describeGroup(gold, gi)}": expected type ${group.type}, got ${got}`);
    }
  });

  const falseConflictGroups = countFalseConflicts(gold, comparison, where, problems);
  return {
    kinds: { multiSourceGroups: multi, correct, accuracy: multi ? round3(correct / multi) : 1 },
    conflicts: { gold: conflicts, found, typed, falseConflictGroups },
    unique: { gold: uniqueGold, kept: uniqueKept, recall: uniqueGold ? round3(uniqueKept / uniqueGold) : 1 },
  };
}

/** The most frequent kind; a tie goes to the kind met first. */
function pickMajorityKind(groups: (Group | undefined)[]): Kind | undefined {
  const counts = new Map<Kind, number>();
  for (const g of groups) if (g) counts.set(g.kind, (counts.get(g.kind) ?? 0) + 1);
  let best: Kind | undefined;
  for (const [kind, n] of counts) if (best === undefined || n > (counts.get(best) ?? 0)) best = kind;
  return best;
}

/** Result conflicts built only from sentences the gold calls shared or unique (ambiguous excused). */
function countFalseConflicts(gold: GoldFile, comparison: Comparison, where: GoldLocation, problems: string[]): number {
  let count = 0;
  for (const group of comparison.groups) {
    if (group.kind !== "conflict") continue;
    const goldGroups = group.members
      .flatMap((m) => m.sentenceIds)
      .map((id) => where.groupOfSentence.get(id))
      .filter((gi): gi is number => gi !== undefined);
    if (goldGroups.length === 0) continue;
    if (goldGroups.some((gi) => gold.groups[gi]?.kind === "conflict" || gold.groups[gi]?.ambiguous)) continue;
    count++;
    const types = group.conflicts.map((c) => c.type).join(", ") || "no type";
    problems.push(`false conflict ${group.id} (${types}) on "${describeGroup(gold, goldGroups[0] ?? 0)}"`);
  }
  return count;
}
