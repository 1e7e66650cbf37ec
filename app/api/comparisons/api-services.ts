// What the API handlers reach outside themselves, gathered in one object so tests can hand
// them a database of their choice, a fixed clock or a fake fetcher, and call them directly.
import { getClientLimiter, type ClientLimiter } from "@/app/_lib/client-rate-limit";
import { ENGINE_WORKER_BUILT, getEnginePool } from "@/app/_lib/engine-pool";
import { fetchSourcePage } from "@/app/_lib/fetch-page";
import { ENGINE_VERSION, getStore, newComparisonId } from "@/app/_lib/store";
import type { PageFetcher } from "@/lib/fetch/resolve-sources";
import type { SqlDriver } from "@/lib/store/store-types";
import type { SaveRevisionDeps } from "@/lib/store/revision-store";
import type { Comparison, SourceInput } from "@/lib/types";

export interface ApiServices {
  openStore: () => Promise<SqlDriver>;
  fetchSource: PageFetcher;
  now: () => Date;
  newId: () => string;
  engineVersion: string;
  /** The site's address for absolute share links: PARALLAX_PUBLIC_URL, else the request's. */
  publicOrigin: (request: Request) => string;
  /** Runs the engine; the server uses a worker pool, tests may leave it out to run in process. */
  runEngine?: (inputs: SourceInput[], now: Date) => Promise<Comparison>;
  /** Applies a review's edits; the server uses the same pool (a "revise" job), tests run it in process. */
  runReview?: SaveRevisionDeps["review"];
  /** Per-client limits on creating, fetching and saving revisions; absent or null when PARALLAX_RATE_LIMIT is off. */
  limiter?: ClientLimiter | null;
}

export function publicOriginOf(request: Request, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const configured = env.PARALLAX_PUBLIC_URL?.trim().replace(/\/+$/, "");
  return configured || new URL(request.url).origin;
}

export function defaultApiServices(): ApiServices {
  return {
    openStore: getStore,
    fetchSource: fetchSourcePage,
    now: () => new Date(),
    newId: newComparisonId,
    engineVersion: ENGINE_VERSION,
    publicOrigin: (request) => publicOriginOf(request),
    limiter: getClientLimiter(),
    runEngine: ENGINE_WORKER_BUILT ? (inputs, now) => getEnginePool().run(inputs, now) : undefined,
    runReview: ENGINE_WORKER_BUILT ? (base, edits, meta) => getEnginePool().revise(base, edits, meta) : undefined,
  };
}
