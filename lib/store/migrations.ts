// The schema, as an ordered list of migrations that run on start. Each runs once, inside a
// transaction, and is recorded in schema_migrations. Never edit one that has shipped: add the
// next. SQL is the common subset of SQLite and PostgreSQL; a statement that cannot be (a
// trigger) names one text per dialect.

import type { SqlDialect } from "./store-types";

export type MigrationStatement = string | Readonly<Record<SqlDialect, string>>;

export interface Migration {
  version: number;
  name: string;
  statements: readonly MigrationStatement[];
}

// JSON is kept as TEXT on both databases, never as jsonb: jsonb reorders keys and drops
// whitespace, and a stored comparison must read back byte for byte.
const CREATE_COMPARISONS = `
CREATE TABLE comparisons (
  id TEXT PRIMARY KEY,
  created_at TEXT NOT NULL,
  engine_version TEXT NOT NULL,
  contract_version INTEGER NOT NULL,
  title TEXT NOT NULL,
  outlets TEXT NOT NULL,
  shared_count INTEGER NOT NULL,
  conflict_count INTEGER NOT NULL,
  unique_count INTEGER NOT NULL,
  inputs TEXT NOT NULL,
  cleaned TEXT NOT NULL,
  comparison TEXT NOT NULL
)`;

// Stored comparisons are immutable: the database itself refuses to change or delete one, so a
// shared link can never start showing something else.
const FORBID_CHANGES = {
  sqlite: `
CREATE TRIGGER comparisons_immutable BEFORE UPDATE ON comparisons
BEGIN SELECT RAISE(ABORT, 'stored comparisons are immutable'); END`,
  postgres: `
CREATE FUNCTION parallax_forbid_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'stored comparisons are immutable'; END $$;
CREATE TRIGGER comparisons_immutable BEFORE UPDATE ON comparisons
FOR EACH ROW EXECUTE FUNCTION parallax_forbid_change()`,
} as const;

// An editor's reviewed versions of a comparison (issue 5). Revision 0 is the machine's and lives
// in `comparisons`; each save adds the next number. The primary key is what keeps two editors
// saving at once from taking the same number: the second insert fails and is retried as n+1.
const CREATE_REVISIONS = `
CREATE TABLE revisions (
  comparison_id TEXT NOT NULL REFERENCES comparisons (id),
  number INTEGER NOT NULL,
  based_on INTEGER NOT NULL,
  saved_at TEXT NOT NULL,
  editor TEXT,
  edits TEXT NOT NULL,
  comparison TEXT NOT NULL,
  PRIMARY KEY (comparison_id, number),
  CHECK (number > 0 AND based_on >= 0 AND based_on < number)
)`;

// Like comparisons, a saved revision is permanent: its URL must always show the same thing.
const FORBID_REVISION_CHANGES = {
  sqlite: `
CREATE TRIGGER revisions_immutable BEFORE UPDATE ON revisions
BEGIN SELECT RAISE(ABORT, 'saved revisions are immutable'); END`,
  postgres: `
CREATE TRIGGER revisions_immutable BEFORE UPDATE ON revisions
FOR EACH ROW EXECUTE FUNCTION parallax_forbid_change()`,
} as const;

// Who may publish (security review, finding 5). Keys are stored only as SHA-256 hashes, several per
// comparison (the creator's, and any the operator issues later), each with the holder's name
// that revisions record. Listing, the holder of a revision and hiding one are new rows or a new
// column, never an UPDATE: comparisons and revisions stay immutable.
const CREATE_EDIT_KEYS = `
CREATE TABLE edit_keys (
  key_hash TEXT PRIMARY KEY,
  comparison_id TEXT NOT NULL REFERENCES comparisons (id),
  holder TEXT NOT NULL,
  issued_at TEXT NOT NULL
)`;

// A comparison is on the public list only if it has a row here; without one it is unlisted.
const CREATE_LISTED = `
CREATE TABLE listed_comparisons (
  comparison_id TEXT PRIMARY KEY REFERENCES comparisons (id),
  listed_at TEXT NOT NULL
)`;

// A hidden revision keeps its number (numbering stays gapless) but is no longer served.
const CREATE_HIDDEN_REVISIONS = `
CREATE TABLE hidden_revisions (
  comparison_id TEXT NOT NULL,
  number INTEGER NOT NULL,
  reason TEXT,
  hidden_at TEXT NOT NULL,
  PRIMARY KEY (comparison_id, number),
  FOREIGN KEY (comparison_id, number) REFERENCES revisions (comparison_id, number)
)`;

// Rate-limit counts shared by every instance (lib/store/rate-store.ts). On PostgreSQL the table
// is UNLOGGED: a count is worth nothing after a crash, and skipping the write-ahead log keeps a
// page read's extra write cheap. SQLite servers count in memory and never write here.
const CREATE_RATE_WINDOWS = {
  sqlite: `
CREATE TABLE rate_windows (
  bucket TEXT NOT NULL,
  window_start INTEGER NOT NULL,
  hits INTEGER NOT NULL,
  PRIMARY KEY (bucket, window_start)
)`,
  postgres: `
CREATE UNLOGGED TABLE rate_windows (
  bucket TEXT NOT NULL,
  window_start BIGINT NOT NULL,
  hits INTEGER NOT NULL,
  PRIMARY KEY (bucket, window_start)
)`,
} as const;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: "comparisons",
    statements: [
      CREATE_COMPARISONS,
      "CREATE INDEX comparisons_recent ON comparisons (created_at DESC, id DESC)",
      FORBID_CHANGES,
    ],
  },
  {
    version: 2,
    name: "revisions",
    statements: [CREATE_REVISIONS, FORBID_REVISION_CHANGES],
  },
  {
    version: 3,
    name: "edit-keys-and-listing",
    statements: [
      CREATE_EDIT_KEYS,
      "CREATE INDEX edit_keys_comparison ON edit_keys (comparison_id)",
      CREATE_LISTED,
      // Revisions saved before this migration have no holder: anyone could publish then.
      "ALTER TABLE revisions ADD COLUMN holder TEXT",
      CREATE_HIDDEN_REVISIONS,
    ],
  },
  {
    version: 4,
    name: "rate windows",
    statements: [CREATE_RATE_WINDOWS],
  },
];

export function statementFor(statement: MigrationStatement, dialect: SqlDialect): string {
  return typeof statement === "string" ? statement : statement[dialect];
}
