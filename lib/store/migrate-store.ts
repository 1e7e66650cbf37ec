import { MIGRATIONS, statementFor, type Migration } from "./migrations";
import type { SqlDriver } from "./store-types";

// Brings a database up to the newest schema. Safe to call from several instances starting at
// once: on PostgreSQL an advisory lock makes them take turns, and SQLite's write lock does the
// same; whoever comes second finds the work done.

const MIGRATION_LOCK_KEY = 720_512_004; // any constant shared by every instance of the app

const CREATE_MIGRATIONS_TABLE =
  "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)";

export interface MigrateDeps {
  now: () => Date;
}

/** Applies every migration not yet recorded; returns the versions it applied, in order. */
export async function migrateStore(driver: SqlDriver, deps: MigrateDeps, migrations: readonly Migration[] = MIGRATIONS): Promise<number[]> {
  const applied: number[] = [];
  for (const migration of [...migrations].sort((a, b) => a.version - b.version)) {
    const ran = await driver.transaction(async (tx) => {
      if (tx.dialect === "postgres") await tx.query("SELECT pg_advisory_xact_lock(?)", [MIGRATION_LOCK_KEY]);
      // Inside the lock: two PostgreSQL instances creating the table at once would collide.
      await tx.query(CREATE_MIGRATIONS_TABLE);
      const done = await tx.query("SELECT version FROM schema_migrations WHERE version = ?", [migration.version]);
      if (done.length > 0) return false;
      for (const statement of migration.statements) await tx.query(statementFor(statement, tx.dialect));
      await tx.query("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)", [
        migration.version,
        migration.name,
        deps.now().toISOString(),
      ]);
      return true;
    });
    if (ran) applied.push(migration.version);
  }
  return applied;
}

/** The versions recorded as applied, oldest first. */
export async function listAppliedMigrations(driver: SqlDriver): Promise<number[]> {
  await driver.query(CREATE_MIGRATIONS_TABLE);
  const rows = await driver.query<{ version: number | string }>("SELECT version FROM schema_migrations ORDER BY version");
  return rows.map((row) => Number(row.version));
}
