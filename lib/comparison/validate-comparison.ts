// The one validator of a Comparison, for both contract versions: its JSON shape
// (comparison-schema.ts), then every promise between its fields (find-comparison-faults.ts).
// A revision is held to one promise more, since only an editor's hand can break it: the
// machine always gives a conflict the values of two or more sources, but "set-conflict" takes
// whatever values it is sent. Revisions are checked before they are stored, so a bug in an
// edit never reaches a permanent URL; the load and crash scripts check what the API serves.
import type { Comparison } from "../types";
import { findShapeFaults } from "./comparison-schema";
import { findComparisonFaults } from "./find-comparison-faults";

export interface ValidateOptions {
  /** Hold it to the rules of a reviewed revision as well. */
  revision?: boolean;
}

export type Validation = { ok: true; comparison: Comparison; faults: [] } | { ok: false; faults: string[] };

export function validateComparison(value: unknown, options: ValidateOptions = {}): Validation {
  const shape = findShapeFaults(value);
  if (shape.length > 0) return { ok: false, faults: shape };
  const comparison = value as Comparison;
  const faults = findComparisonFaults(comparison);
  if (options.revision) faults.push(...findRevisionRules(comparison));
  return faults.length === 0 ? { ok: true, comparison, faults: [] } : { ok: false, faults };
}

function findRevisionRules(comparison: Comparison): string[] {
  const faults: string[] = [];
  for (const group of comparison.groups) {
    group.conflicts.forEach((conflict, k) => {
      if (new Set(conflict.values.map((v) => v.sourceId)).size < 2) faults.push(`${group.id} conflict ${k + 1} (${conflict.type}) has values from fewer than two sources`);
    });
  }
  return faults;
}
