import type { ComparisonRecord, ComparisonSummary, SqlDriver, StoredComparison, SummaryPage } from "./store-types";

// The query layer: every read and write of comparisons, in SQL both databases accept. There is
// no update and no delete: a stored comparison is immutable (the schema enforces it too). What
// is written is decided above (app/_server/create-comparison.ts); this layer only persists it.

export const DEFAULT_PAGE_SIZE = 10;
export const MAX_PAGE_SIZE = 50;

interface ComparisonRow {
  id: string;
  created_at: string;
  engine_version: string;
  title: string;
  inputs: string;
  cleaned: string;
  comparison: string;
}

interface SummaryRow {
  id: string;
  created_at: string;
  title: string;
  outlets: string;
  shared_count: number | string;
  conflict_count: number | string;
  unique_count: number | string;
}

/** Writes a new comparison; the JSON texts returned are exactly those stored. */
export async function insertComparison(driver: SqlDriver, record: ComparisonRecord): Promise<StoredComparison> {
  if (record.comparison.id !== record.id) throw new Error(`Comparison id ${record.comparison.id} does not match record id ${record.id}`);
  const stored: StoredComparison = {
    id: record.id,
    createdAt: record.createdAt,
    engineVersion: record.engineVersion,
    title: record.title,
    inputsJson: JSON.stringify(record.inputs),
    cleanedJson: JSON.stringify(record.cleaned),
    comparisonJson: JSON.stringify(record.comparison),
  };
  const { stats, version } = record.comparison;
  await driver.query(
    `INSERT INTO comparisons (id, created_at, engine_version, contract_version, title, outlets,
       shared_count, conflict_count, unique_count, inputs, cleaned, comparison)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    [
      stored.id,
      stored.createdAt,
      stored.engineVersion,
      version,
      stored.title,
      JSON.stringify(record.outlets),
      stats.shared,
      stats.conflict,
      stats.unique,
      stored.inputsJson,
      stored.cleanedJson,
      stored.comparisonJson,
    ],
  );
  return stored;
}

export async function findComparison(driver: SqlDriver, id: string): Promise<StoredComparison | null> {
  const rows = await driver.query<ComparisonRow & Record<string, unknown>>(
    "SELECT id, created_at, engine_version, title, inputs, cleaned, comparison FROM comparisons WHERE id = ?",
    [id],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    id: row.id,
    createdAt: row.created_at,
    engineVersion: row.engine_version,
    title: row.title,
    inputsJson: row.inputs,
    cleanedJson: row.cleaned,
    comparisonJson: row.comparison,
  };
}

/** A stored comparison's title alone, without reading its text; null when there is none. */
export async function findComparisonTitle(driver: SqlDriver, id: string): Promise<string | null> {
  const rows = await driver.query<{ title: string }>("SELECT title FROM comparisons WHERE id = ?", [id]);
  return rows[0]?.title ?? null;
}

/** Whether a comparison is stored, without reading its text. */
export async function hasComparison(driver: SqlDriver, id: string): Promise<boolean> {
  return (await driver.query("SELECT 1 AS found FROM comparisons WHERE id = ?", [id])).length > 0;
}

/** Puts a stored comparison on the public list (its creator asked for it; the default is not). */

export async function markComparisonListed(driver: SqlDriver, id: string, listedAt: string): Promise<void> {
  await driver.query("INSERT INTO listed_comparisons (comparison_id, listed_at) VALUES (?, ?)", [id, listedAt]);
}

/**
 * The public list: listed comparisons only, newest first. An unlisted one is reachable by its
 * URL alone. `before` is a cursor from the previous page; a malformed one starts over.
 */
export async function listComparisons(driver: SqlDriver, options: { limit?: number; before?: string | null } = {}): Promise<SummaryPage> {
  const limit = Math.min(Math.max(Math.trunc(options.limit ?? DEFAULT_PAGE_SIZE), 1), MAX_PAGE_SIZE);
  const after = options.before ? decodeCursor(options.before) : null;
  const from = `SELECT c.id, c.created_at, c.title, c.outlets, c.shared_count, c.conflict_count, c.unique_count
    FROM comparisons c JOIN listed_comparisons l ON l.comparison_id = c.id`;
  // One row more than asked tells whether an older page exists without a second query.
  const rows = after
    ? await driver.query<SummaryRow & Record<string, unknown>>(
        `${from} WHERE c.created_at < ? OR (c.created_at = ? AND c.id < ?)
         ORDER BY c.created_at DESC, c.id DESC LIMIT ?`,
        [after.createdAt, after.createdAt, after.id, limit + 1],
      )
    : await driver.query<SummaryRow & Record<string, unknown>>(`${from} ORDER BY c.created_at DESC, c.id DESC LIMIT ?`, [limit + 1]);
  const items = rows.slice(0, limit).map(toSummary);
  const last = items.at(-1);
  return { items, nextCursor: rows.length > limit && last ? encodeCursor(last) : null };
}

export async function countComparisons(driver: SqlDriver): Promise<number> {
  const rows = await driver.query<{ n: number | string }>("SELECT COUNT(*) AS n FROM comparisons");
  return Number(rows[0]?.n ?? 0);
}

function toSummary(row: SummaryRow): ComparisonSummary {
  return {
    id: row.id,
    createdAt: row.created_at,
    title: row.title,
    outlets: JSON.parse(row.outlets) as string[],
    stats: { shared: Number(row.shared_count), conflict: Number(row.conflict_count), unique: Number(row.unique_count) },
  };
}

// A cursor is the sort key of the last item shown: its time and id, which are unique together.
const CURSOR = /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?Z)~([0-9A-Za-z-]{1,64})$/;

export function encodeCursor(item: Pick<ComparisonSummary, "createdAt" | "id">): string {
  return `${item.createdAt}~${item.id}`;
}

export function decodeCursor(cursor: string): { createdAt: string; id: string } | null {
  const match = CURSOR.exec(cursor);
  return match ? { createdAt: match[1]!, id: match[2]! } : null;
}
