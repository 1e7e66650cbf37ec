// The embedded database: one SQLite file, created on first use. better-sqlite3 is synchronous,
// so a transaction that awaits between statements must not let another request's statements
// slip into it: every use of the connection waits its turn in one queue.
import { mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import type { SqlDriver, SqlRow, SqlValue } from "@/lib/store/store-types";

type Statement = Database.Statement<unknown[], SqlRow>;

export function openSqliteDriver(file: string): SqlDriver {
  if (file !== ":memory:") mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  // WAL lets readers go on while one writer commits; FULL sync makes an acknowledged write
  // survive a crash or power cut, which matters more here than write speed.
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL");
  db.pragma("busy_timeout = 5000");
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
    query: (sql, params) => inTurn(async () => run(sql, params)),
    transaction: (work) =>
      inTurn(async () => {
        // IMMEDIATE takes the write lock at once, so two processes cannot both read-then-write.
        db.exec("BEGIN IMMEDIATE");
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
