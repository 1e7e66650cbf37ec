// The one validator of a Comparison, for both contract versions: its JSON shape
// (below), then every promise between its fields (find-comparison-faults.ts).
// A revision is held to one promise more, since only an editor's hand can break it: the
// machine always gives a conflict the values of two or more sources, but "set-conflict" takes
// whatever values it is sent. Revisions are checked before they are stored, so a bug in an
// edit never reaches a permanent URL; the load and crash scripts check what the API serves.
import { z } from "zod";
import type { Comparison } from "../types";
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

// The shape of a Comparison as JSON (../shared/contract.md), both versions, for anything that
// reads one it did not make: a stored row, a revision's base, a script's response. The shape
// only; the promises between fields (ids that resolve, counts that add up, spans inside their
// sentences) are findComparisonFaults'. Unknown fields pass: the contract lets fields be added.
const kind = z.enum(["shared", "conflict", "unique"]);
const conflictType = z.enum(["number", "date", "name", "place", "quote", "attribution", "negation", "other"]);
const span = z.object({ sentenceId: z.string(), start: z.number(), end: z.number() });
const value = z.object({ sourceId: z.string(), text: z.string(), span: span.optional() });
const nullableText = z.string().nullable();

const source = z.object({
  id: z.string(),
  title: nullableText,
  outlet: nullableText,
  url: nullableText,
  publishedAt: nullableText,
  sentences: z.array(z.object({ id: z.string(), text: z.string(), paragraph: z.number() })),
  removed: z.array(
    z.object({ text: z.string(), reason: z.enum(["boilerplate", "duplicate", "navigation", "disclaimer", "error-page", "truncated", "other"]) }),
  ),
});

const group = z.object({
  id: z.string(),
  kind,
  members: z.array(z.object({ sourceId: z.string(), sentenceIds: z.array(z.string()), spans: z.array(span).optional() })),
  score: z.number(),
  conflicts: z.array(z.object({ type: conflictType, values: z.array(value) })),
  variants: z.array(z.object({ type: z.enum(["spelling", "transliteration", "wording"]), values: z.array(value) })),
  diff: z
    .array(z.object({ sourceId: z.string(), ops: z.array(z.tuple([z.union([z.literal(-1), z.literal(0), z.literal(1)]), z.string()])) }))
    .nullable(),
  review: z.object({ status: z.enum(["confirmed", "edited", "noted"]), note: z.string().optional() }).optional(),
});

const review = z.object({
  revision: z.number().int().min(0),
  basedOn: z.number().int().min(0),
  savedAt: z.string(),
  editor: nullableText,
  note: z.string().optional(),
  changes: z.array(z.object({ action: z.string(), groupId: nullableText, detail: z.string() })),
});

export const comparisonSchema = z.object({
  version: z.union([z.literal(1), z.literal(2)]),
  id: nullableText,
  createdAt: z.string(),
  sources: z.array(source),
  groups: z.array(group),
  stats: z.object({ shared: z.number(), conflict: z.number(), unique: z.number() }),
  warnings: z.array(z.string()),
  review: review.optional(),
});

/** Where the shape is wrong, as "groups[3].members[0].sentenceIds: expected array" lines. */
export function findShapeFaults(value: unknown): string[] {
  const result = comparisonSchema.safeParse(value);
  if (result.success) return [];
  return result.error.issues.slice(0, 20).map((issue) => {
    const path = issue.path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("").replace(/^\./, "");
    return `${path || "comparison"}: ${issue.message}`;
  });
}
