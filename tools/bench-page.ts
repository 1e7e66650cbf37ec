// The comparison page's budget, from the production build: the JavaScript a first visit to
// /c/[id] loads (gzip, as `next start` serves it), and, given a running production server, how
// long the seed page takes to render. Shown, not asserted (see tools/bench.ts).
//
//   npx next build && tsx tools/bench-page.ts [http://localhost:3000]
//   (or BENCH_PAGE_URL=http://localhost:3000 tsx tools/bench-page.ts)
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { runInNewContext } from "node:vm";
import { gzipSync } from "node:zlib";
import { SEED_ID } from "../app/_server/seed-story";

const ROUTE = "/c/[id]";
const BUDGET_BYTES = 150_000;
const RENDER_TARGET_MS = 1000;
const RUNS = 21;
const dist = path.join(process.cwd(), ".next");

interface RouteChunks {
  from: string;
  shared: string[]; // loaded by every page (framework, router, runtime)
  all: string[];
}

/** Next 16 writes each route's first-load chunks to diagnostics/route-bundle-stats.json. */
function readRouteStats(): RouteChunks | null {
  const file = path.join(dist, "diagnostics", "route-bundle-stats.json");
  if (!existsSync(file)) return null;
  const stats = JSON.parse(readFileSync(file, "utf8")) as { route: string; firstLoadChunkPaths: string[] }[];
  const route = stats.find((entry) => entry.route === ROUTE);
  if (!route) return null;
  const everywhere = stats.map((entry) => new Set(entry.firstLoadChunkPaths));
  const shared = route.firstLoadChunkPaths.filter((chunk) => everywhere.every((set) => set.has(chunk)));
  return { from: "diagnostics/route-bundle-stats.json", shared, all: route.firstLoadChunkPaths };
}

/** Older layouts: the route's client reference manifest plus the root main files. */
function readManifests(): RouteChunks | null {
  const manifest = path.join(dist, "server", "app", "c", "[id]", "page_client-reference-manifest.js");
  const build = path.join(dist, "server", "app", "c", "[id]", "page", "build-manifest.json");
  if (!existsSync(manifest)) return null;
  // The manifest is a script that assigns globalThis.__RSC_MANIFEST; the sandbox is its global.
  const sandbox: Record<string, unknown> = {};
  runInNewContext(readFileSync(manifest, "utf8"), sandbox);
  const rsc = (sandbox.__RSC_MANIFEST as Record<string, { clientModules: Record<string, { chunks: string[] }> }>)[`${ROUTE}/page`];
  const root = existsSync(build) ? (JSON.parse(readFileSync(build, "utf8")) as { rootMainFiles: string[] }).rootMainFiles : [];
  const toPath = (chunk: string) => path.join(".next", chunk.replace(/^\/_next\//, ""));
  const own = Object.values(rsc?.clientModules ?? {}).flatMap((mod) => mod.chunks.filter((c) => c.endsWith(".js")));
  const shared = root.map(toPath);
  return { from: "client reference manifest", shared, all: [...new Set([...shared, ...own.map(toPath)])] };
}

function gzipSize(file: string): number {
  return gzipSync(readFileSync(file)).length;
}

const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`;

function reportSize(): void {
  const chunks = readRouteStats() ?? readManifests();
  if (!chunks) {
    console.log(`  ${ROUTE} JS: skipped: no production build in .next (run npx next build)`);
    return;
  }
  const sizes = new Map(chunks.all.map((chunk) => [chunk, gzipSize(chunk)] as const));
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const shared = chunks.shared.reduce((sum, chunk) => sum + (sizes.get(chunk) ?? gzipSize(chunk)), 0);
  const verdict = total <= BUDGET_BYTES ? "within" : "OVER";
  console.log(`  ${ROUTE} first-load JS (gzip)   ${kB(total).padStart(9)}  ${chunks.all.length} chunks; ${verdict} the ${kB(BUDGET_BYTES)} budget`);
  console.log(`    shared by every page       ${kB(shared).padStart(9)}  framework, router, runtime`);
  console.log(`    the route's own            ${kB(total - shared).padStart(9)}  (from ${chunks.from})`);
}

async function timeRender(base: string): Promise<void> {
  const url = new URL(`/c/${SEED_ID}`, base).toString();
  const fetchOnce = async () => {
    const t0 = performance.now();
    const response = await fetch(url, { headers: { "accept-encoding": "gzip" } });
    const body = await response.text();
    if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
    return { ms: performance.now() - t0, bytes: body.length };
  };
  let first: { ms: number; bytes: number };
  try {
    first = await fetchOnce();
  } catch (error) {
    console.log(`  seed page render: skipped: no server at ${base} (${(error as Error).message})`);
    return;
  }
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) samples.push((await fetchOnce()).ms);
  samples.sort((a, b) => a - b);
  const median = samples[Math.floor(samples.length / 2)]!;
  const p95 = samples[Math.min(samples.length - 1, Math.floor(samples.length * 0.95))]!;
  console.log(
    `  seed page render (full HTML)  ${`${median.toFixed(1)} ms`.padStart(9)}  median of ${RUNS}; p95 ${p95.toFixed(1)} ms; first ${first.ms.toFixed(1)} ms; ${kB(first.bytes)} HTML; target < ${RENDER_TARGET_MS} ms`,
  );
}

const base = parseArgs({ allowPositionals: true }).positionals[0] ?? process.env.BENCH_PAGE_URL;
console.log("Comparison page (production build)");
reportSize();
if (base) await timeRender(base);
else console.log("  seed page render: skipped: no server (pass its URL, or set BENCH_PAGE_URL)");
