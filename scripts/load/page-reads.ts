// The load test's second run (docs/decisions/0060): some connections read pages of a large
// comparison (every view, later parts, filters, deep links) while others read small ones. A
// large page must cost a bounded part, so the small reads keep their latency: their p99 must
// stay under SMALL_P99_LIMIT_MS. The large comparison is made once, through the API.
import autocannon, { type Result } from "autocannon";
import { createBigComparison, type BigShape } from "./big-comparisons";

export const SMALL_P99_LIMIT_MS = 500;

export interface PageReadOptions {
  seconds: number;
  bigReaders: number;
  smallReaders: number;
  shape: BigShape;
}

const BIG_PAGES = [
  "",
  "?view=facts",
  "?view=coverage",
  "?view=facts&from=40",
  "?view=facts&filter=conflict",
  "?view=columns&from=60",
  "?view=columns&at=g200#g200",
  "?view=coverage&filter=unique&hide=s2,s3",
];

function pick<T>(list: readonly T[]): T {
  return list[Math.floor(Math.random() * list.length)]!;
}

/** Runs the mixed reads; answers the faults (failed requests, or small reads too slow). */
export async function runPageReads(base: string, smallIds: readonly string[], options: PageReadOptions): Promise<{ faults: number; lines: string[]; created: { id: string; body: string } }> {
  const started = performance.now();
  const created = await createBigComparison(base, options.shape);
  const bigId = created.id;
  const setup = ((performance.now() - started) / 1000).toFixed(1);
  const first = await fetch(`${base}/c/${bigId}`);
  const bytes = (await first.text()).length;
  const lines = [
    `Page reads: ${options.seconds} s, ${options.bigReaders} connections reading pages of a ${options.shape.sources} × ${options.shape.sentences} comparison (made in ${setup} s; first page ${(bytes / 1e6).toFixed(2)} MB) and ${options.smallReaders} reading small ones`,
  ];
  // The same small reads alone first: on a shared machine, what "keeping their latency" is measured against.
  const alone = await readSmall(base, smallIds, options);
  lines.push(describe("alone", alone));
  const [big, small] = await Promise.all([
    autocannon({
      url: base,
      connections: options.bigReaders,
      duration: options.seconds,
      requests: [{ method: "GET", setupRequest: (request) => ({ ...request, path: `/c/${bigId}${pick(BIG_PAGES)}` }) }],
    }),
    readSmall(base, smallIds, options),
  ]);
  lines.push(describe("big", big), describe("small", small));
  let faults = alone.errors + alone.non2xx + big.errors + big.timeouts + big.non2xx + small.errors + small.timeouts + small.non2xx;
  const verdict = small.latency.p99 < SMALL_P99_LIMIT_MS ? "under" : "OVER";
  lines.push(`small reads during big page reads: p50 ${small.latency.p50} ms, p99 ${small.latency.p99} ms (${verdict} the ${SMALL_P99_LIMIT_MS} ms limit; alone p99 ${alone.latency.p99} ms)`);
  if (small.latency.p99 >= SMALL_P99_LIMIT_MS) faults++;
  if (big.requests.total === 0 || small.requests.total === 0) faults++;
  return { faults, lines, created };
}

/** Small comparisons' pages and API reads, half and half. */
function readSmall(base: string, ids: readonly string[], options: PageReadOptions): Promise<Result> {
  return autocannon({
    url: base,
    connections: options.smallReaders,
    duration: options.seconds,
    requests: [
      {
        method: "GET",
        setupRequest: (request) => {
          const id = pick(ids);
          return { ...request, path: Math.random() < 0.5 ? `/c/${id}` : `/api/comparisons/${id}` };
        },
      },
    ],
  });
}

function describe(name: string, result: Result): string {
  const l = result.latency;
  return `${name.padEnd(8)} ${String(result.requests.total).padStart(6)} requests  ${result.requests.average.toFixed(1).padStart(7)} req/s  ${(result.throughput.average / 1e6).toFixed(1)} MB/s  latency ms p50 ${l.p50}  p90 ${l.p90}  p99 ${l.p99}  max ${l.max}  errors ${result.errors}  timeouts ${result.timeouts}  non-2xx ${result.non2xx}`;
}
