// What the API handlers reach outside themselves, gathered in one object so tests can hand
// them a database of their choice, a fixed clock or a fake fetcher, and call them directly.
import { getClientLimiter, type ClientLimiter } from "@/app/_lib/client-rate-limit";
import { ENGINE_WORKER_BUILT, getEnginePool } from "@/app/_lib/engine-pool";
import { fetchSourcePage } from "@/app/_lib/fetch-page";
import { ENGINE_VERSION, getStore, newComparisonId } from "@/app/_lib/store";
import { readPublicOrigin } from "@/lib/public-origin";
import type { PageFetcher } from "@/lib/fetch/resolve-sources";
import type { SqlDriver } from "@/lib/store/store-types";
import type { Comparison, SourceInput } from "@/lib/types";

export interface ApiServices {
  openStore: () => Promise<SqlDriver>;
  fetchSource: PageFetcher;
  now: () => Date;
  newId: () => string;
  engineVersion: string;
  /** The site's address for absolute share links (lib/public-origin.ts); never the request's Host. */
  publicOrigin: () => string;
  /** Runs the engine; the server uses a worker pool, tests may leave it out to run in process. */
  runEngine?: (inputs: SourceInput[], now: Date) => Promise<Comparison>;
  /** Per-client limits on creating and fetching; absent or null when PARALLAX_RATE_LIMIT is off. */
  limiter?: ClientLimiter | null;
}

export function defaultApiServices(): ApiServices {
  return {
    openStore: getStore,
    fetchSource: fetchSourcePage,
    now: () => new Date(),
    newId: newComparisonId,
    engineVersion: ENGINE_VERSION,
    publicOrigin: () => readPublicOrigin(process.env),
    limiter: getClientLimiter(),
    runEngine: ENGINE_WORKER_BUILT ? (inputs, now) => getEnginePool().run(inputs, now) : undefined,
  };
}
