// A revision is checked before it is stored, so a bug in an edit never reaches a permanent URL.
// It must keep every promise of the contract (findComparisonFaults), and one more that only an
// editor's hand can break: the machine always gives a conflict the values of two of the group's
// sources, but "set-conflict" takes whatever values it is sent.
import type { Comparison } from "../types";
import { findComparisonFaults } from "./find-comparison-faults";

export function findRevisionFaults(comparison: Comparison): string[] {
  const faults = findComparisonFaults(comparison);
  for (const group of comparison.groups) {
    group.conflicts.forEach((conflict, k) => {
      if (new Set(conflict.values.map((v) => v.sourceId)).size < 2) faults.push(`${group.id} conflict ${k + 1} (${conflict.type}) has values from fewer than two sources`);
    });
  }
  return faults;
}
