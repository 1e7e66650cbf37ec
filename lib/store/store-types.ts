// The shapes of the storage layer. The query layer (this folder) speaks only to `SqlDriver`;
// the edge (app/_lib/store-*.ts) supplies one over SQLite or PostgreSQL, so the same queries
// run on both. These types would sit in lib/types.ts, but only the engine's owner edits it.

import type { Comparison, SourceInput } from "../types";

export type SqlValue = string | number | null;
export type SqlRow = Record<string, unknown>;

export type SqlDialect = "sqlite" | "postgres";

/** A database connection as the query layer sees it: `?` placeholders, rows as plain objects. */
export interface SqlDriver {
  readonly dialect: SqlDialect;
  query<T extends SqlRow = SqlRow>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
  /** Runs `work` in one transaction: all of it is stored, or none. */
  transaction<T>(work: (tx: SqlDriver) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** Per source, its cleaned text: the sentences in reading order, paragraphs apart. */
export interface CleanedText {
  sourceId: string;
  text: string;
}

/** Everything kept about one comparison. It is written once and never changed. */
export interface ComparisonRecord {
  id: string;
  createdAt: string;
  /** Version of the code that made the comparison (the contract's own is `comparison.version`). */
  engineVersion: string;
  /** The event, for lists and cards: a title the user gave or the first source's headline. */
  title: string;
  /** Each source's outlet label, for the list (the public list never parses the comparison). */
  outlets: string[];
  /** The sources exactly as given, with any fetched page body, so the result can be re-made. */
  inputs: SourceInput[];
  cleaned: CleanedText[];
  comparison: Comparison;
}

/** What is read back: the JSON texts exactly as they were written, not re-serialised. */
export interface StoredComparison {
  id: string;
  createdAt: string;
  engineVersion: string;
  title: string;
  inputsJson: string;
  cleanedJson: string;
  comparisonJson: string;
}

/** One line of the recent-comparisons list. */
export interface ComparisonSummary {
  id: string;
  createdAt: string;
  title: string;
  outlets: string[];
  stats: Comparison["stats"];
}

export interface SummaryPage {
  items: ComparisonSummary[];
  /** Pass as `before` to get the next, older page; null on the last page. */
  nextCursor: string | null;
}

/** One saved review of a comparison, as stored: JSON texts exactly as written. */
export interface StoredRevision {
  comparisonId: string;
  number: number;
  basedOn: number;
  savedAt: string;
  editor: string | null;
  editsJson: string;
  comparisonJson: string;
}

/** One line of a comparison's revision list. */
export interface RevisionSummary {
  number: number;
  basedOn: number;
  savedAt: string;
  editor: string | null;
}
