// `npm run multi`: several stateless instances on one PostgreSQL, as behind a load balancer.
// Three production servers share a throwaway database; writers spread creates, reads and
// revisions (with edit keys) over them, one instance is killed with SIGKILL mid-burst and
// started again, and then every acknowledged comparison and revision must read back from every
// instance, byte for byte, revision numbers must be gapless, and one client's rate limit must
// hold across instances (its counts live in the database, not in one process).
//
//   npx next build && bash scripts/with-postgres.sh npm run multi [-- --seconds 6]
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { comparisonTextOf, createRequestBody } from "./load/load-articles";
import { readOptions } from "./load/read-options";
import { runScript } from "./load/run-script";
import { startServer, type ServerProcess } from "./load/server-process";
import { checkRevisionNumbers, probeRateLimit, saveRevision, type Acknowledged } from "./load/multi-instance-steps";

const { seconds, writers } = readOptions({ seconds: 6, writers: 6 });
/** Creates a minute per client; the probe client sends more than its burst (half of this). */
const PER_MINUTE = 40;

async function main(): Promise<number> {
  const databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) throw new Error("needs DATABASE_URL: run it under scripts/with-postgres.sh");
  const dir = mkdtempSync(path.join(tmpdir(), "parallax-multi-"));
  // The servers trust X-Forwarded-For from loopback, as behind a balancer on this machine, so
  // each writer can speak for many clients and the probe for exactly one.
  const env = { DATABASE_URL: databaseUrl, PARALLAX_RATE_LIMIT: String(PER_MINUTE), PARALLAX_TRUSTED_PROXIES: "127.0.0.1,::1" };
  const start = (i: number) => startServer(path.join(dir, `unused-${i}.sqlite`), env);
  const servers: ServerProcess[] = [];
  const acked: Acknowledged = { comparisons: new Map(), keys: new Map(), revisions: new Map() };
  let faults = 0;
  const fault = (message: string) => {
    faults++;
    console.error(message);
  };
  try {
    for (let i = 0; i < 3; i++) servers.push(await start(i));
    console.log(`three instances on one PostgreSQL: ${servers.map((s) => s.url).join(", ")}`);

    let n = 0;
    let stopped = false;
    const victim = servers[2]!;
    const killAt = Date.now() + (seconds * 1000) / 2;
    let killed = false;
    const client = () => `198.51.100.${(n % 250) + 1}`;
    const write = async (w: number): Promise<void> => {
      while (!stopped) {
        const server = servers[(n + w) % servers.length]!;
        if (!killed && Date.now() >= killAt) {
          killed = true;
          void victim.kill().then(() => console.log(`killed ${victim.url} with SIGKILL mid-burst`));
        }
        const i = n++;
        try {
          const created = await fetch(`${server.url}/api/comparisons`, { method: "POST", headers: { "content-type": "application/json", "x-forwarded-for": client() }, body: createRequestBody(i) });
          const text = await created.text();
          if (created.status !== 201) {
            fault(`create on ${server.url} answered ${created.status}: ${text.slice(0, 200)}`);
            continue;
          }
          const body = JSON.parse(text) as { id: string; editKey: string };
          acked.comparisons.set(body.id, comparisonTextOf(text));
          acked.keys.set(body.id, body.editKey);
          const other = servers[(i + 1) % servers.length]!;
          const read = await fetch(`${other.url}/api/comparisons/${body.id}`, { headers: { "x-forwarded-for": client() } }).catch((error: unknown) => {
            if (other === victim && killed) return null; // the instance just killed: expected
            throw error;
          });
          if (read && read.status !== 200) fault(`read on ${other.url} answered ${read.status}`);
          else await read?.arrayBuffer();
          // Two saves on the same base from two instances at once: both must land, numbered apart.
          await Promise.all([servers[i % 3]!, servers[(i + 2) % 3]!].map((s) => saveRevision(s.url, body.id, body.editKey, client(), acked).catch(() => undefined)));
        } catch (error) {
          if (!(server === victim && killed)) fault(`request to ${server.url} failed: ${String(error)}`);
        }
      }
    };
    setTimeout(() => void (stopped = true), seconds * 1000);
    await Promise.all(Array.from({ length: writers }, (_, w) => write(w)));
    if (!killed) await victim.kill();
    servers[2] = await start(2);
    console.log(`restarted the killed instance at ${servers[2].url}`);

    const revisionCount = [...acked.revisions.values()].reduce((sum, r) => sum + r.size, 0);
    console.log(`acknowledged: ${acked.comparisons.size} comparisons, ${revisionCount} revisions`);
    if (acked.comparisons.size < 10) fault("too few comparisons were acknowledged to judge anything");
    // The check reads as many clients, so its own reads stay under the read limit.
    let checks = 0;
    const asReader = () => ({ headers: { "x-forwarded-for": `192.0.2.${(checks++ % 250) + 1}` } });
    for (const server of servers) {
      for (const [id, sent] of acked.comparisons) {
        const response = await fetch(`${server.url}/api/comparisons/${id}`, asReader());
        const text = await response.text();
        if (response.status !== 200 || text !== sent) fault(`comparison ${id} on ${server.url}: ${response.status === 200 ? "differs from the 201 answer" : `status ${response.status}`}`);
      }
      for (const [id, revisions] of acked.revisions) {
        for (const [number, sent] of revisions) {
          const response = await fetch(`${server.url}/api/comparisons/${id}/revisions/${number}`, asReader());
          const text = await response.text();
          if (response.status !== 200 || text !== sent) fault(`revision ${id}/${number} on ${server.url}: ${response.status === 200 ? "differs from the 201 answer" : `status ${response.status}`}`);
        }
      }
    }
    for (const problem of await checkRevisionNumbers(servers[0]!.url, acked)) fault(problem);

    const probe = await probeRateLimit(servers.map((s) => s.url), "203.0.113.77", PER_MINUTE);
    console.log(`rate limit across instances: ${probe.allowed} of ${probe.sent} creates from one client allowed (its burst is ${probe.burst})`);
    if (probe.allowed > probe.burst || probe.allowed === probe.sent) fault("the rate limit did not hold across instances");
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(faults === 0 ? "several instances: nothing lost, numbers gapless, rate limit shared" : `several instances: ${faults} faults`);
  return faults === 0 ? 0 : 1;
}

runScript(main);
