// The in-place editor's unsaved edits, kept in this tab (sessionStorage) so that a reload, a
// closed editor or a slip of the Edit button does not lose an editor's work. Kept per
// comparison with the revision they were made on: edits to revision 3 are never offered on
// revision 4. Storage is injected, so this is data in and out.
import type { ReviewEdit } from "@/lib/types";

export type KeptStorage = Pick<Storage, "getItem" | "setItem" | "removeItem">;

const keyOf = (comparisonId: string) => `parallax-pending:${comparisonId}`;

const OPS = new Set(["confirm", "reject", "link", "unlink", "merge", "split", "retype", "set-conflict", "remove-conflict", "note", "summary"]);

/** A stored edit has the shape the editor wrote; the server checks every field again on save. */
function looksLikeEdit(value: unknown): value is ReviewEdit {
  if (typeof value !== "object" || value === null) return false;
  const edit = value as Record<string, unknown>;
  if (typeof edit.op !== "string" || !OPS.has(edit.op)) return false;
  return ["groupId", "sentenceId", "otherGroupId", "text"].every((field) => edit[field] === undefined || typeof edit[field] === "string");
}

export function keepPending(storage: KeptStorage, comparisonId: string, baseRevision: number, edits: readonly ReviewEdit[]): void {
  try {
    if (edits.length === 0) storage.removeItem(keyOf(comparisonId));
    else storage.setItem(keyOf(comparisonId), JSON.stringify({ baseRevision, edits }));
  } catch {
    // A full or blocked storage only means the edits are not kept across a reload.
  }
}

/** The edits kept for this revision, or none; anything else stored under the key is dropped. */
export function readKeptPending(storage: KeptStorage, comparisonId: string, baseRevision: number): ReviewEdit[] {
  try {
    const raw = storage.getItem(keyOf(comparisonId));
    if (raw === null) return [];
    const kept = JSON.parse(raw) as { baseRevision?: unknown; edits?: unknown };
    if (kept.baseRevision === baseRevision && Array.isArray(kept.edits) && kept.edits.every(looksLikeEdit)) return kept.edits;
    storage.removeItem(keyOf(comparisonId));
  } catch {
    // Unreadable: start with no pending edits.
  }
  return [];
}
