// `npm run load`: concurrent creates and reads against the production build on loopback, for a
// bounded time, with a database of its own. Prints throughput and latency percentiles, then
// stops the server and counts the stored comparisons: every acknowledged create must be in the
// database and read back valid, and no request may fail. A second run then reads pages of a
// large comparison alongside small reads (scripts/load/page-reads.ts), whose p99 must stay
// under 0.5 s. Exits 1 if any of that does not hold.
//
//   npx next build && npm run load [-- --seconds 10 --creators 4 --readers 8]
//     [--big-readers 2 --small-readers 4 --big-sentences 300]  (12 sources of that many sentences)
//   (`npm run bench` ends with a 5 s run, or says it was skipped when there is no build)
import autocannon, { type Result } from "autocannon";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { openSqliteDriver } from "../app/_lib/store-sqlite";
import { validateComparison } from "../lib/comparison/validate-comparison";
import { countComparisons } from "../lib/store/comparison-store";
import type { Comparison } from "../lib/types";
import { comparisonTextOf, createRequestBody } from "./load/load-articles";
import { runPageReads } from "./load/page-reads";
import { readOptions } from "./load/read-options";
import { startServer } from "./load/server-process";
import { runScript } from "./load/run-script";


const options = readOptions({ seconds: 10, creators: 4, readers: 8, "big-readers": 2, "small-readers": 4, "big-sentences": 300 }, ["if-built"]);
const { seconds, creators, readers } = options;
const bigReaders = options["big-readers"];
const smallReaders = options["small-readers"];
const bigSentences = options["big-sentences"];

function line(name: string, result: Result): string {
  const l = result.latency;
  return `${name.padEnd(8)} ${String(result.requests.total).padStart(6)} requests  ${result.requests.average.toFixed(1).padStart(7)} req/s  latency ms p50 ${l.p50}  p90 ${l.p90}  p99 ${l.p99}  max ${l.max}  errors ${result.errors}  timeouts ${result.timeouts}  non-2xx ${result.non2xx}`;
}

async function main(): Promise<number> {
  // `npm run bench` runs this after the engine benches; without a build it has nothing to load.
  if (options["if-built"] && !existsSync(path.join(process.cwd(), ".next", "BUILD_ID"))) {
    console.log("load: skipped (no production build; run `npx next build`, then `npm run load`)");
    return 0;
  }
  const dir = mkdtempSync(path.join(tmpdir(), "parallax-load-"));
  const dbFile = path.join(dir, "parallax.sqlite");
  const server = await startServer(dbFile);
  const acknowledged = new Map<string, string>(); // id → the comparison JSON the 201 carried
  let n = 0;
  try {
    // A few comparisons to read from the start; the readers also pick up new ones as they come.
    for (let i = 0; i < 5; i++) {
      const response = await fetch(`${server.url}/api/comparisons`, { method: "POST", headers: { "content-type": "application/json" }, body: createRequestBody(n++) });
      const text = await response.text();
      if (response.status !== 201) throw new Error(`warm-up create answered ${response.status}: ${text}`);
      acknowledged.set(JSON.parse(text).id, comparisonTextOf(text));
    }
    const ids = () => [...acknowledged.keys()];
    console.log(`Load: ${seconds} s, ${creators} connections creating and ${readers} reading, against ${server.url}`);
    const [creates, reads] = await Promise.all([
      autocannon({
        url: server.url,
        connections: creators,
        duration: seconds,
        requests: [
          {
            method: "POST",
            path: "/api/comparisons",
            headers: { "content-type": "application/json" },
            setupRequest: (request) => ({ ...request, body: createRequestBody(n++) }),
            onResponse: (status, body) => {
              if (status === 201) acknowledged.set(JSON.parse(body).id, comparisonTextOf(body));
            },
          },
        ],
      }),
      autocannon({
        url: server.url,
        connections: readers,
        duration: seconds,
        requests: [
          {
            method: "GET",
            // Three API reads for every page render, of comparisons picked at random.
            setupRequest: (request) => {
              const all = ids();
              const id = all[Math.floor(Math.random() * all.length)]!;
              return { ...request, path: Math.random() < 0.25 ? `/c/${id}` : `/api/comparisons/${id}` };
            },
          },
        ],
      }),
    ]);
    console.log(line("creates", creates));
    console.log(line("reads", reads));

    let faults = creates.errors + creates.timeouts + creates.non2xx + reads.errors + reads.timeouts + reads.non2xx;
    const pageReads = await runPageReads(server.url, ids().slice(0, 20), { seconds, bigReaders, smallReaders, shape: { sources: 12, sentences: bigSentences } });
    for (const text of pageReads.lines) console.log(text);
    faults += pageReads.faults;
    acknowledged.set(pageReads.created.id, comparisonTextOf(pageReads.created.body));
    for (const [id, sent] of acknowledged) {
      const response = await fetch(`${server.url}/api/comparisons/${id}`);
      const text = await response.text();
      const problems = response.status !== 200 ? [`status ${response.status}`] : text !== sent ? ["differs from the 201 answer"] : validateComparison(JSON.parse(text)).faults;
      if (problems.length) console.error(`comparison ${id}: ${problems.join("; ")}`);
      faults += problems.length;
    }
    await server.stop();
    const store = openSqliteDriver(dbFile);
    const stored = await countComparisons(store);
    await store.close();
    // A create cut off when the clock ran out may be stored without its answer arriving: at most one per connection.
    const lost = Math.max(0, acknowledged.size - stored);
    const unacknowledged = stored - acknowledged.size;
    console.log(`stored ${stored}, acknowledged ${acknowledged.size}, lost ${lost}, stored but cut off before the answer ${Math.max(0, unacknowledged)}`);
    if (lost > 0 || unacknowledged > creators) faults++;
    console.log(faults === 0 ? "PASS  load: no errors, nothing lost" : `FAIL  load: ${faults} problem(s)`);
    return faults === 0 ? 0 : 1;
  } finally {
    await server.kill();
    rmSync(dir, { recursive: true, force: true });
  }
}

runScript(main);
