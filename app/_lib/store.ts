// The app's one database handle. Default: an embedded SQLite file under data/, made on first
// use. With DATABASE_URL set to a postgres:// URL, the same queries go to PostgreSQL instead.
// Either way the schema migrations run before the first query. Nothing opens at import time, so
// `next build` never touches a database.
import { randomBytes } from "node:crypto";
import path from "node:path";
import { createComparisonId } from "@/lib/store/create-comparison-id";
import { migrateStore } from "@/lib/store/migrate-store";
import type { SqlDriver } from "@/lib/store/store-types";
import packageJson from "@/package.json";
import { openPostgresDriver } from "./store-postgres";
import { openSqliteDriver } from "./store-sqlite";

/** Stored with every comparison, so a result can be traced to the code that made it. */
export const ENGINE_VERSION = process.env.PARALLAX_ENGINE_VERSION ?? `parallax@${packageJson.version}`;

export function defaultDatabaseFile(): string {
  return process.env.PARALLAX_DB_FILE ?? path.join(process.cwd(), "data", "parallax.sqlite");
}

/** Opens the configured database and brings its schema up to date. */
export async function openConfiguredStore(env: Readonly<Record<string, string | undefined>> = process.env): Promise<SqlDriver> {
  const url = env.DATABASE_URL?.trim();
  let driver: SqlDriver;
  if (!url) driver = openSqliteDriver(defaultDatabaseFile());
  else if (/^postgres(?:ql)?:\/\//i.test(url)) driver = await openPostgresDriver(url);
  else throw new Error("DATABASE_URL must be a postgres:// or postgresql:// URL (leave it unset for the embedded database)");
  await migrateStore(driver, { now: () => new Date() });
  return driver;
}

// Kept on globalThis so hot reloads in development reuse one connection instead of leaking them.
const holder = globalThis as typeof globalThis & { parallaxStore?: Promise<SqlDriver> };

export function getStore(): Promise<SqlDriver> {
  if (!holder.parallaxStore) {
    holder.parallaxStore = openConfiguredStore().catch((error: unknown) => {
      holder.parallaxStore = undefined; // try again on the next request rather than fail forever
      throw error;
    });
  }
  return holder.parallaxStore;
}

export function newComparisonId(): string {
  return createComparisonId((size) => randomBytes(size));
}
