// PostgreSQL, when DATABASE_URL names one: a connection pool, so several stateless instances
// of the app can share one database. The query layer writes `?` placeholders; PostgreSQL
// wants $1, $2 ..., so they are renumbered here, outside quoted text.
import pg from "pg";
import type { SqlDriver, SqlRow, SqlValue } from "@/lib/store/store-types";

export interface PostgresOptions {
  /** A schema to work in instead of `public` (tests use one each); created when missing. */
  schema?: string;
  maxConnections?: number;
}

export function numberPlaceholders(sql: string): string {
  let n = 0;
  let quoted = false;
  let out = "";
  for (const ch of sql) {
    if (ch === "'") quoted = !quoted;
    out += ch === "?" && !quoted ? `$${++n}` : ch;
  }
  return out;
}

type Queryable = Pick<pg.PoolClient, "query">;

async function runQuery<T extends SqlRow>(client: Queryable, sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
  // Without parameters the simple protocol is used, which also accepts several statements
  // (migrations that define a function and its trigger).
  const result = params.length === 0 ? await client.query(sql) : await client.query(numberPlaceholders(sql), [...params]);
  return (Array.isArray(result) ? (result.at(-1)?.rows ?? []) : result.rows) as T[];
}

export async function openPostgresDriver(connectionString: string, options: PostgresOptions = {}): Promise<SqlDriver> {
  const schema = options.schema;
  if (schema !== undefined && !/^[a-z_][a-z0-9_]{0,62}$/.test(schema)) throw new Error(`Invalid schema name: ${schema}`);
  if (schema) {
    const setup = new pg.Client({ connectionString });
    await setup.connect();
    try {
      await setup.query(`CREATE SCHEMA IF NOT EXISTS ${schema}`);
    } finally {
      await setup.end();
    }
  }
  const pool = new pg.Pool({
    connectionString,
    max: options.maxConnections ?? 10,
    options: schema ? `-c search_path=${schema}` : undefined,
  });
  // An idle connection dropped by the server must not crash the process; the pool replaces it.
  pool.on("error", (error) => console.error("PostgreSQL pool error:", error.message));

  function bound(client: Queryable): SqlDriver {
    const driver: SqlDriver = {
      dialect: "postgres",
      query: (sql, params) => runQuery(client, sql, params),
      transaction: (work) => work(driver),
      close: async () => {
        throw new Error("Cannot close the pool inside a transaction");
      },
    };
    return driver;
  }

  return {
    dialect: "postgres",
    query: (sql, params) => runQuery(pool, sql, params),
    transaction: async (work) => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work(bound(client));
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
