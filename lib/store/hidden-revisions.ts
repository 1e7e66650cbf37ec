import type { SqlDriver } from "./store-types";

// The operator's way to take down a revision (abuse, a leaked key) without breaking the
// immutability of what was stored: a row here hides it from every read, the revision row stays
// as it was, and its number is never given to another save, so numbering stays gapless.

export interface HiddenRevision {
  comparisonId: string;
  number: number;
  reason: string | null;
  hiddenAt: string;
}

export class HideRevisionError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "HideRevisionError";
  }
}

/** Hides revision `number` (1 or more: the machine's revision 0 is the comparison itself). */
export async function hideRevision(driver: SqlDriver, hidden: HiddenRevision): Promise<void> {
  const { comparisonId, number } = hidden;
  if (!Number.isInteger(number) || number < 1) throw new HideRevisionError("Only saved revisions (1 or more) can be hidden; revision 0 is the comparison itself.");
  await driver.transaction(async (tx) => {
    const exists = await tx.query("SELECT 1 AS one FROM revisions WHERE comparison_id = ? AND number = ?", [comparisonId, number]);
    if (exists.length === 0) throw new HideRevisionError(`Comparison ${comparisonId} has no revision ${number}.`);
    if (await findHiddenRevision(tx, comparisonId, number)) return; // hiding twice changes nothing
    await tx.query("INSERT INTO hidden_revisions (comparison_id, number, reason, hidden_at) VALUES (?, ?, ?, ?)", [
      comparisonId,
      number,
      hidden.reason,
      hidden.hiddenAt,
    ]);
  });
}

export async function findHiddenRevision(driver: SqlDriver, comparisonId: string, number: number): Promise<HiddenRevision | null> {
  const rows = await driver.query<{ reason: string | null; hidden_at: string }>(
    "SELECT reason, hidden_at FROM hidden_revisions WHERE comparison_id = ? AND number = ?",
    [comparisonId, number],
  );
  const row = rows[0];
  return row ? { comparisonId, number, reason: row.reason, hiddenAt: row.hidden_at } : null;
}

/** Every revision with its holder and whether it is hidden, for the operator (never served publicly). */
export async function listRevisionHolders(
  driver: SqlDriver,
  comparisonId: string,
): Promise<{ number: number; savedAt: string; editor: string | null; holder: string | null; hidden: boolean }[]> {
  const rows = await driver.query<{ number: number | string; saved_at: string; editor: string | null; holder: string | null; hidden_at: string | null }>(
    `SELECT r.number, r.saved_at, r.editor, r.holder, h.hidden_at FROM revisions r
     LEFT JOIN hidden_revisions h ON h.comparison_id = r.comparison_id AND h.number = r.number
     WHERE r.comparison_id = ? ORDER BY r.number`,
    [comparisonId],
  );
  return rows.map((row) => ({ number: Number(row.number), savedAt: row.saved_at, editor: row.editor, holder: row.holder, hidden: row.hidden_at !== null }));
}
