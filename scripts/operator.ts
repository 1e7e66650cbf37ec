// The site operator's commands, on the configured database (the embedded SQLite file, or
// PostgreSQL when DATABASE_URL is set), through the app's own store drivers:
//
//   npm run -s operator -- issue-key <id> [--label NAME]     prints a new edit key, once
//   npm run -s operator -- hide-revision <id> <n> [--reason TEXT]
//   npm run -s operator -- revisions <id>                     each revision's holder, hidden or not
//
// Exit status: 0 done; 2 bad usage or an unknown comparison or revision; 1 an internal fault.
import { parseArgs } from "node:util";
import { pathToFileURL } from "node:url";
import { issueEditKey } from "../app/_lib/edit-keys";
import { openConfiguredStore } from "../app/_lib/store";
import { parseStoredId } from "../app/_server/comparison-id";
import { HideRevisionError, hideRevision, listRevisionHolders } from "../lib/store/hidden-revisions";
import type { SqlDriver } from "../lib/store/store-types";

export interface OperatorIo {
  openStore: () => Promise<SqlDriver>;
  now: () => Date;
  out: (line: string) => void;
  err: (line: string) => void;
}

const USAGE = `usage:
  operator issue-key <comparison-id> [--label NAME]
  operator hide-revision <comparison-id> <revision> [--reason TEXT]
  operator revisions <comparison-id>`;

class UsageError extends Error {}

/** Runs one command; returns the exit status. The store is closed before it returns. */
export async function runOperator(argv: readonly string[], io: OperatorIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...argv], allowPositionals: true, strict: true, options: { label: { type: "string" }, reason: { type: "string" } } });
  } catch (error) {
    io.err(`${(error as Error).message}\n${USAGE}`);
    return 2;
  }
  const [command, id, n, ...extra] = parsed.positionals;
  try {
    if (!command || !id || extra.length > 0) throw new UsageError(USAGE);
    if (parseStoredId(id) === null) throw new UsageError(`"${id}" is not a comparison id (17 letters and digits).`);
    if (command === "issue-key" && n === undefined) return await withStore(io, (store) => issueKey(store, id, parsed.values.label, io));
    if (command === "hide-revision" && n !== undefined) return await withStore(io, (store) => hide(store, id, n, parsed.values.reason, io));
    if (command === "revisions" && n === undefined) return await withStore(io, (store) => listHolders(store, id, io));
    throw new UsageError(USAGE);
  } catch (error) {
    if (error instanceof UsageError || error instanceof HideRevisionError) {
      io.err(error.message);
      return 2;
    }
    throw error;
  }
}

async function withStore(io: OperatorIo, work: (store: SqlDriver) => Promise<number>): Promise<number> {
  const store = await io.openStore();
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

async function issueKey(store: SqlDriver, id: string, label: string | undefined, io: OperatorIo): Promise<number> {
  const issued = await issueEditKey(store, { comparisonId: id, label, now: io.now() });
  if (!issued) throw new UsageError(`There is no stored comparison with the id "${id}".`);
  io.out(`Edit key for ${id} (holder "${issued.holder}"). It is shown only this once; only its hash is stored:`);
  io.out(issued.key);
  io.out(`Edit link: /c/${id}/review#key=${issued.key}`);
  return 0;
}

async function hide(store: SqlDriver, id: string, n: string, reason: string | undefined, io: OperatorIo): Promise<number> {
  if (!/^[1-9]\d{0,6}$/.test(n)) throw new UsageError(`"${n}" is not a saved revision number (1 or more).`);
  await hideRevision(store, { comparisonId: id, number: Number(n), reason: reason?.trim() || null, hiddenAt: io.now().toISOString() });
  io.out(`Revision ${n} of ${id} is hidden: its API answers 410, its page 404, and it is left out of the list.`);
  return 0;
}

async function listHolders(store: SqlDriver, id: string, io: OperatorIo): Promise<number> {
  const rows = await listRevisionHolders(store, id);
  if (rows.length === 0) io.out(`${id} has no saved revisions.`);
  for (const row of rows) {
    io.out(`${row.number}\t${row.savedAt}\t${row.holder ?? "(no key)"}\t${row.editor ?? ""}${row.hidden ? "\thidden" : ""}`);
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const io: OperatorIo = { openStore: () => openConfiguredStore(), now: () => new Date(), out: console.log, err: console.error };
  runOperator(process.argv.slice(2), io).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
