// `npm run crash`: kill the server hard in the middle of writes, start it again on the same
// database, and check that every comparison acknowledged before the kill reads back byte for
// byte and valid. Exits 1 if the database does not open or anything acknowledged is missing.
//
//   npx next build && npm run crash [-- --writers 4 --after 40]
//   npx next build && bash scripts/with-postgres.sh npm run crash -- --postgres
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { validateComparison } from "../lib/comparison/validate-comparison";
import type { Comparison } from "../lib/types";
import { comparisonTextOf, createRequestBody } from "./load/load-articles";
import { readOptions } from "./load/read-options";
import { startServer } from "./load/server-process";
import { runScript } from "./load/run-script";


/** `after`: acknowledged creates before the kill. */
const { writers, after: killAfter, postgres } = readOptions({ writers: 4, after: 40 }, ["postgres"]);
/** With --postgres the server stores in DATABASE_URL (scripts/with-postgres.sh sets it). */
const postgresUrl = postgres ? process.env.DATABASE_URL : undefined;
if (postgres && !postgresUrl) throw new Error("--postgres needs DATABASE_URL: run it under scripts/with-postgres.sh");
const databaseEnv: Record<string, string> = postgresUrl ? { DATABASE_URL: postgresUrl } : {};
const onWhat = postgresUrl ? "PostgreSQL" : "SQLite";

async function main(): Promise<number> {
  const dir = mkdtempSync(path.join(tmpdir(), "parallax-crash-"));
  const dbFile = path.join(dir, "parallax.sqlite");
  const acknowledged = new Map<string, string>();
  let cutOff = 0;
  let n = 0;
  try {
    const server = await startServer(dbFile, databaseEnv);
    let stopped = false;
    let killed: Promise<void> | null = null;
    // Past the threshold the kill comes after a random few milliseconds, while the writers keep
    // sending: it lands in the middle of requests, not politely between them.
    const scheduleKill = () => {
      killed ??= new Promise((resolve) => setTimeout(resolve, Math.random() * 40)).then(() => {
        stopped = true;
        return server.kill();
      });
    };
    const write = async (): Promise<void> => {
      while (!stopped) {
        try {
          const response = await fetch(`${server.url}/api/comparisons`, { method: "POST", headers: { "content-type": "application/json" }, body: createRequestBody(n++) });
          const text = await response.text();
          if (response.status !== 201) throw new Error(`create answered ${response.status}: ${text}`);
          acknowledged.set(JSON.parse(text).id, comparisonTextOf(text));
          if (acknowledged.size >= killAfter) scheduleKill();
        } catch (error) {
          if (!stopped) throw error;
          cutOff++; // in flight when the server died: never acknowledged, so no promise broken
        }
      }
    };
    await Promise.all(Array.from({ length: writers }, write));
    await killed;
    console.log(`killed the server (SIGKILL) after ${acknowledged.size} acknowledged creates on ${onWhat}, ${cutOff} in flight`);

    const again = await startServer(dbFile, databaseEnv);
    let faults = 0;
    try {
      for (const [id, sent] of acknowledged) {
        const response = await fetch(`${again.url}/api/comparisons/${id}`);
        const text = await response.text();
        const problems = response.status !== 200 ? [`status ${response.status}`] : text !== sent ? ["differs from the 201 answer"] : validateComparison(JSON.parse(text)).faults;
        if (problems.length) console.error(`comparison ${id}: ${problems.join("; ")}`);
        faults += problems.length;
      }
      // The restarted server must also take new writes.
      const fresh = await fetch(`${again.url}/api/comparisons`, { method: "POST", headers: { "content-type": "application/json" }, body: createRequestBody(n++) });
      if (fresh.status !== 201) {
        console.error(`a create after the restart answered ${fresh.status}`);
        faults++;
      }
    } finally {
      await again.stop();
    }
    console.log(faults === 0 ? `PASS  crash (${onWhat}): all ${acknowledged.size} acknowledged comparisons read back intact after kill -9` : `FAIL  crash: ${faults} problem(s)`);
    return faults === 0 ? 0 : 1;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

runScript(main);
