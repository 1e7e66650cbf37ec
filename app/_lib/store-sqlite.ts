// The embedded database: one SQLite file, created on first use. better-sqlite3 is synchronous,
// so a transaction that awaits between statements must not let another request's statements
// slip into it: every use of the connection waits its turn in one queue.
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { SqlDriver, SqlRow, SqlValue } from "@/lib/store/store-types";

type Statement = Database.Statement<unknown[], SqlRow>;

const BUSY_GIVE_UP_MS = 10_000;

export function openSqliteDriver(file: string): SqlDriver {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL lets readers go on while one writer commits; FULL sync makes an acknowledged write
  // survive a crash or power cut, which matters more here than write speed.
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  // A short wait inside SQLite blocks the event loop, so a writer that finds the database busy
  // (another process, or a second connection in this one) waits out of it, in `whenFree`.
  db.pragma("busy_timeout = 50");
  const statements = new Map<string, Statement>();
  let queue: Promise<unknown> = Promise.resolve();

  function prepare(sql: string): Statement {
    let statement = statements.get(sql);
    if (!statement) {
      statement = db.prepare<unknown[], SqlRow>(sql);
      statements.set(sql, statement);
    }
    return statement;
  }

  function run<T extends SqlRow>(sql: string, params: readonly SqlValue[] = []): T[] {
    const statement = prepare(sql);
    if (statement.reader) return statement.all(...params) as T[];
    statement.run(...params);
    return [];
  }

  /** Runs a statement that needs the write lock, retrying while another writer holds it. */
  async function whenFree<T>(attempt: () => T): Promise<T> {
    const started = Date.now();
    for (let wait = 5; ; wait = Math.min(wait * 2, 200)) {
      try {
        return attempt();
      } catch (error) {
        const busy = (error as { code?: string }).code === "SQLITE_BUSY";
        if (!busy || Date.now() - started > BUSY_GIVE_UP_MS) throw error;
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  }

  function inTurn<T>(work: () => Promise<T>): Promise<T> {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  }

  const inTransaction: SqlDriver = {
    dialect: "sqlite",
    query: async (sql, params) => run(sql, params),
    transaction: (work) => work(inTransaction),
    close: async () => {
      throw new Error("Cannot close the database inside a transaction");
    },
  };

  return {
    dialect: "sqlite",
    query: (sql, params) => inTurn(() => whenFree(() => run(sql, params))),
    transaction: (work) =>
      inTurn(async () => {
        // IMMEDIATE takes the write lock at once, so two processes cannot both read-then-write.
        await whenFree(() => db.exec("BEGIN IMMEDIATE"));
        try {
          const result = await work(inTransaction);
          db.exec("COMMIT");
          return result;
        } catch (error) {
          if (db.inTransaction) db.exec("ROLLBACK");
          throw error;
        }
      }),
    close: () => inTurn(async () => void db.close()),
  };
}
