// The body of `POST /api/comparisons/{id}/revisions`: the revision the editor started from,
// an optional name, and the edits in order (ReviewEdit in lib/types.ts). Unknown fields and
// unknown edit kinds are refused, so a misspelt field never silently does nothing.
import { z } from "zod";
import { REVIEW_LIMITS } from "@/lib/limits";
import { stripControlChars } from "@/lib/text/plain-text";
import type { ReviewEdit } from "@/lib/types";
import { AppError } from "@/app/_server/app-error";

/** Edits are small; a thorough review of a long story stays far below this. */
export const MAX_REVISION_BODY_BYTES = 2_000_000;

/** Typed text without control characters, the same on both databases (PostgreSQL refuses NUL). */
function plainText(maxChars: number) {
  return z.string().max(maxChars).transform(stripControlChars);
}

const groupId = z.string().regex(/^g\d{1,6}$/, "must be a group id like g4");
const sentenceId = z.string().regex(/^s\d{1,3}\.\d{1,6}$/, "must be a sentence id like s2.7");
// Contract version 2: a part of a sentence, UTF-16 offsets into its text (checked against it on apply).
const span = z.strictObject({ sentenceId, start: z.number().int().min(0).max(100_000), end: z.number().int().min(1).max(100_000) });
const kind = z.enum(["shared", "conflict", "unique"]);
const conflict = z.strictObject({
  type: z.enum(["number", "date", "name", "place", "quote", "attribution", "negation", "other"]),
  values: z
    .array(z.strictObject({ sourceId: z.string().regex(/^s\d{1,3}$/), text: plainText(REVIEW_LIMITS.maxConflictValueChars) }))
    .min(2)
    .max(12),
});
const note = plainText(REVIEW_LIMITS.maxNoteChars);

const edit = z.discriminatedUnion("op", [
  z.strictObject({ op: z.literal("confirm"), groupId }),
  z.strictObject({ op: z.literal("reject"), groupId }),
  z.strictObject({ op: z.literal("link"), sentenceId, groupId, span: span.optional() }),
  z.strictObject({ op: z.literal("unlink"), sentenceId, groupId: groupId.optional() }),
  z.strictObject({ op: z.literal("merge"), groupId, otherGroupId: groupId }),
  z.strictObject({ op: z.literal("split"), groupId, sentenceIds: z.array(sentenceId).min(1).max(1_000) }),
  z.strictObject({ op: z.literal("retype"), groupId, kind }),
  z.strictObject({ op: z.literal("set-conflict"), groupId, index: z.number().int().min(0).max(100).optional(), conflict }),
  z.strictObject({ op: z.literal("remove-conflict"), groupId, index: z.number().int().min(0).max(100) }),
  z.strictObject({ op: z.literal("note"), groupId, text: note }),
  z.strictObject({ op: z.literal("summary"), text: note }),
]);

const revisionSchema = z.strictObject({
  baseRevision: z.number().int().min(0).max(1_000_000),
  editor: plainText(REVIEW_LIMITS.maxEditorChars).optional(),
  edits: z.array(edit).min(1).max(REVIEW_LIMITS.maxEdits),
});

export interface RevisionRequest {
  baseRevision: number;
  editor?: string;
  edits: ReviewEdit[];
}

export function parseRevisionRequest(body: unknown): RevisionRequest {
  const result = revisionSchema.safeParse(body);
  if (result.success) return result.data as RevisionRequest;
  const issue = result.error.issues[0]!;
  const path = issue.path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("").replace(/^\./, "");
  throw new AppError("invalid-request", `${path ? `${path}: ` : ""}${issue.message}`);
}
