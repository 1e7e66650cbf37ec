import { applyEdits, type ReviewDeps } from "../review/apply-edits";
import { findRevisionFaults } from "../comparison/find-revision-faults";
import type { Comparison, ReviewEdit } from "../types";
import { findComparison } from "./comparison-store";
import type { RevisionSummary, SqlDriver, StoredRevision } from "./store-types";

// Revisions of a comparison: revision 0 is the machine's (the comparisons row, never changed),
// every save inserts the next number. Saving never overwrites: two editors saving on the same
// base both get a revision of their own, the later one keeping `based_on` as the older base.
// The number is taken inside a transaction that first locks the comparison's row (PostgreSQL;
// SQLite's BEGIN IMMEDIATE already lets one writer in at a time), so concurrent saves queue for
// the number instead of racing for it. Should two still meet (a database without that lock),
// the primary key refuses the second insert and the save is tried again with the next number.

const MAX_SAVE_ATTEMPTS = 8;
/** SQLite and PostgreSQL's names for "that primary key is taken". */
const TAKEN = new Set(["SQLITE_CONSTRAINT_PRIMARYKEY", "SQLITE_CONSTRAINT_UNIQUE", "23505"]);

export type RevisionErrorCode = "no-comparison" | "no-revision" | "busy" | "invalid-result";

export class RevisionError extends Error {
  readonly code: RevisionErrorCode;
  constructor(code: RevisionErrorCode, message: string) {
    super(message);
    this.name = "RevisionError";
    this.code = code;
  }
}

export interface SaveRevisionDeps extends ReviewDeps {
  /** Applies the edits; the server runs them in the engine's worker pool, under a time budget. */
  review?: (base: Comparison, edits: ReviewEdit[], meta: { now: Date; editor: string | null; client?: string }) => Promise<Comparison>;
}

export interface SaveRevisionRequest {
  comparisonId: string;
  baseRevision: number;
  edits: ReviewEdit[];
  editor?: string | null;
  /** Who was authorized to save it (a key's holder, later a signed-in user); not shown publicly. */
  holder?: string | null;
}

interface RevisionRow {
  comparison_id: string;
  number: number | string;
  based_on: number | string;
  saved_at: string;
  editor: string | null;
  edits: string;
  comparison: string;
}

/** The comparison as of revision `n` (0: the machine's), or null when there is no such revision. */
export async function loadRevisionComparison(driver: SqlDriver, comparisonId: string, n: number): Promise<Comparison | null> {
  if (n === 0) {
    const stored = await findComparison(driver, comparisonId);
    return stored ? (JSON.parse(stored.comparisonJson) as Comparison) : null;
  }
  const stored = await findRevision(driver, comparisonId, n);
  return stored ? (JSON.parse(stored.comparisonJson) as Comparison) : null;
}

export async function saveRevision(driver: SqlDriver, request: SaveRevisionRequest, deps: SaveRevisionDeps): Promise<StoredRevision> {
  const { comparisonId, baseRevision, edits } = request;
  const base = await loadRevisionComparison(driver, comparisonId, baseRevision);
  if (!base) {
    // Revision 0 is the comparison itself, so a missing revision 0 is a missing comparison.
    const exists = baseRevision > 0 && (await findComparison(driver, comparisonId));
    throw exists
      ? new RevisionError("no-revision", `Comparison ${comparisonId} has no revision ${baseRevision}.`)
      : new RevisionError("no-comparison", `There is no comparison with the id "${comparisonId}".`);
  }
  // The edits are applied once, outside the transaction; only the number is decided inside it.
  const editor = request.editor ?? null;
  const reviewed = deps.review ? await deps.review(base, edits, { now: deps.now(), editor }) : applyEdits(base, edits, deps, { editor });
  const problems = findRevisionFaults(reviewed);
  if (problems.length > 0) throw new RevisionError("invalid-result", `The review would break the comparison: ${problems.join("; ")}.`);
  const editsJson = JSON.stringify(edits);
  for (let attempt = 1; ; attempt++) {
    try {
      return await driver.transaction(async (tx) => {
        if (tx.dialect === "postgres") await tx.query("SELECT id FROM comparisons WHERE id = ? FOR NO KEY UPDATE", [comparisonId]);
        const rows = await tx.query<{ n: number | string | null }>("SELECT MAX(number) AS n FROM revisions WHERE comparison_id = ?", [comparisonId]);
        const number = Number(rows[0]?.n ?? 0) + 1;
        const comparison: Comparison = { ...reviewed, review: { ...reviewed.review!, revision: number, basedOn: baseRevision } };
        const stored: StoredRevision = {
          comparisonId,
          number,
          basedOn: baseRevision,
          savedAt: comparison.review!.savedAt,
          editor: comparison.review!.editor,
          editsJson,
          comparisonJson: JSON.stringify(comparison),
        };
        await tx.query(
          "INSERT INTO revisions (comparison_id, number, based_on, saved_at, editor, edits, comparison, holder) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
          [comparisonId, number, baseRevision, stored.savedAt, stored.editor, editsJson, stored.comparisonJson, request.holder ?? null],
        );
        return stored;
      });
    } catch (error) {
      if (!TAKEN.has(String((error as { code?: unknown }).code))) throw error;
      if (attempt >= MAX_SAVE_ATTEMPTS) throw new RevisionError("busy", "Too many editors are saving this comparison at once; please save again.");
    }
  }
}

// The operator's hidden revisions are left out of every read; their numbers stay taken.
const NOT_HIDDEN = "NOT EXISTS (SELECT 1 FROM hidden_revisions h WHERE h.comparison_id = r.comparison_id AND h.number = r.number)";

/** A saved revision, or null when there is none or the operator has hidden it. */
export async function findRevision(driver: SqlDriver, comparisonId: string, n: number): Promise<StoredRevision | null> {
  const rows = await driver.query<RevisionRow & Record<string, unknown>>(
    `SELECT comparison_id, number, based_on, saved_at, editor, edits, comparison FROM revisions r
     WHERE comparison_id = ? AND number = ? AND ${NOT_HIDDEN}`,
    [comparisonId, n],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    comparisonId: row.comparison_id,
    number: Number(row.number),
    basedOn: Number(row.based_on),
    savedAt: row.saved_at,
    editor: row.editor,
    editsJson: row.edits,
    comparisonJson: row.comparison,
  };
}

/** Oldest first, hidden ones left out; the machine's revision 0 is not listed (it is the comparison itself). */
export async function listRevisions(driver: SqlDriver, comparisonId: string): Promise<RevisionSummary[]> {
  const rows = await driver.query<Omit<RevisionRow, "edits" | "comparison" | "comparison_id"> & Record<string, unknown>>(
    `SELECT number, based_on, saved_at, editor FROM revisions r WHERE comparison_id = ? AND ${NOT_HIDDEN} ORDER BY number`,
    [comparisonId],
  );
  return rows.map((row) => ({ number: Number(row.number), basedOn: Number(row.based_on), savedAt: row.saved_at, editor: row.editor }));
}
