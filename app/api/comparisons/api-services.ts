// What the API handlers reach outside themselves, gathered in one object so tests can hand
// them a database of their choice, a fixed clock or a fake fetcher, and call them directly.
import { getSharedLimiter, type SharedLimiter } from "@/app/_lib/shared-rate-limit";
import { ENGINE_WORKER_BUILT, getEnginePool } from "@/app/_lib/engine-pool";
import { fetchSourcePage } from "@/app/_lib/fetch-page";
import { newEditKey } from "@/app/_lib/edit-keys";
import { ENGINE_VERSION, getStore, newComparisonId } from "@/app/_lib/store";
import { readPublicOrigin } from "@/lib/public-origin";
import type { PageFetcher } from "@/lib/fetch/resolve-sources";
import type { SqlDriver } from "@/lib/store/store-types";
import type { SaveRevisionDeps } from "@/lib/store/revision-store";
import type { Comparison, SourceInput } from "@/lib/types";
import type { RevisionAuthorizer } from "./authorize-revision";

export interface ApiServices {
  openStore: () => Promise<SqlDriver>;
  fetchSource: PageFetcher;
  now: () => Date;
  newId: () => string;
  engineVersion: string;
  /** The site's address for absolute share links (lib/public-origin.ts); never the request's Host. */
  publicOrigin: () => string;
  /**
   * Runs the engine; the server uses a worker pool, tests may leave it out to run in process.
   * `client` is the caller's key (clientKeyOf): the pool serves clients in turn.
   */
  runEngine?: (inputs: SourceInput[], now: Date, client: string) => Promise<Comparison>;
  /** Applies a review's edits; the server uses the same pool (a "revise" job), tests run it in process. */
  runReview?: SaveRevisionDeps["review"];
  /** Per-client limits on creating, fetching and saving revisions; absent or null when PARALLAX_RATE_LIMIT is off. */
  limiter?: SharedLimiter | null;
  /** A fresh edit key for a new comparison; absent: 32 bytes from node:crypto. */
  newEditKey?: () => string;
  /** Who may publish revisions; absent: the comparison's edit keys (single sign-on can replace it). */
  authorizeRevision?: RevisionAuthorizer;
}

export function defaultApiServices(): ApiServices {
  return {
    openStore: getStore,
    fetchSource: fetchSourcePage,
    now: () => new Date(),
    newId: newComparisonId,
    newEditKey,
    engineVersion: ENGINE_VERSION,
    publicOrigin: () => readPublicOrigin(process.env),
    limiter: getSharedLimiter(),
    runEngine: ENGINE_WORKER_BUILT ? (inputs, now, client) => getEnginePool().run(inputs, now, client) : undefined,
    runReview: ENGINE_WORKER_BUILT ? (base, edits, meta) => getEnginePool().revise(base, edits, meta) : undefined,
  };
}
