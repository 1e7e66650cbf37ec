// The shape of a Comparison as JSON (../shared/contract.md), both versions, for anything that
// reads one it did not make: a stored row, a revision's base, a script's response. The shape
// only; the promises between fields (ids that resolve, counts that add up, spans inside their
// sentences) are findComparisonFaults'. Unknown fields pass: the contract lets fields be added.
import { z } from "zod";

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
