// For tests only: the databases a storage test runs against. The embedded SQLite database always
// (a fresh file in a temporary folder); PostgreSQL too when PARALLAX_TEST_DATABASE_URL names a
// server (scripts/with-postgres.sh starts one), each test in a schema of its own.
import { randomBytes } from "node:crypto";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openPostgresDriver } from "@/app/_lib/store-postgres";
import { openSqliteDriver } from "@/app/_lib/store-sqlite";
import type { SqlDriver } from "@/lib/store/store-types";

export interface TestDatabase {
  name: "sqlite" | "postgres";
  /** Opens (again) the same database: a second open after close() is a server restart. */
  open(): Promise<SqlDriver>;
  /** Deletes the database's files or schema. */
  destroy(): Promise<void>;
}

export function testDatabaseKinds(): ("sqlite" | "postgres")[] {
  return process.env.PARALLAX_TEST_DATABASE_URL ? ["sqlite", "postgres"] : ["sqlite"];
}

export function createTestDatabase(name: "sqlite" | "postgres"): TestDatabase {
  if (name === "sqlite") {
    const dir = mkdtempSync(path.join(tmpdir(), "parallax-db-"));
    const file = path.join(dir, "data", "parallax.sqlite");
    return {
      name,
      open: async () => openSqliteDriver(file),
      destroy: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const url = process.env.PARALLAX_TEST_DATABASE_URL;
  if (!url) throw new Error("PARALLAX_TEST_DATABASE_URL is not set");
  const schema = `test_${randomBytes(6).toString("hex")}`;
  return {
    name,
    open: () => openPostgresDriver(url, { schema, maxConnections: 4 }),
    destroy: async () => {
      const admin = await openPostgresDriver(url, { maxConnections: 1 });
      await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      await admin.close();
    },
  };
}
