// What the API handlers reach outside themselves: the use cases' services (app/_server) and the
// API's own (the public origin, the rate limiter, who may publish revisions), gathered in one
// object so tests can hand them a database of their choice, a fixed clock or a fake fetcher.
import { clientKeyOf, type RateKind } from "@/app/_lib/client-rate-limit";
import { getSharedLimiter, type SharedLimiter } from "@/app/_lib/shared-rate-limit";
import { ENGINE_WORKER_BUILT, getEnginePool } from "@/app/_lib/engine-pool";
import { fetchSourcePage } from "@/app/_lib/fetch-page";
import { newEditKey } from "@/app/_lib/edit-keys";
import { ENGINE_VERSION, getStore, newComparisonId } from "@/app/_lib/store";
import { readContractVersion } from "@/app/_lib/contract-version";
import { AppError } from "@/app/_server/app-error";
import type { ServerServices } from "@/app/_server/server-services";
import { readPublicOrigin } from "@/lib/public-origin";
import type { RevisionAuthorizer } from "./authorize-revision";

export interface ApiServices extends ServerServices {
  /** The site's address for absolute share links (lib/public-origin.ts); never the request's Host. */
  publicOrigin: () => string;
  /** Per-client limits on creating, fetching and saving revisions; absent or null when PARALLAX_RATE_LIMIT is off. */
  limiter?: SharedLimiter | null;
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
    contractVersion: readContractVersion(process.env),
    runEngine: ENGINE_WORKER_BUILT ? (inputs, now, client, options) => getEnginePool().run(inputs, now, client, options) : undefined,
    runReview: ENGINE_WORKER_BUILT ? (base, edits, meta) => getEnginePool().revise(base, edits, meta) : undefined,
  };
}

const CHARGED: Readonly<Record<RateKind, string>> = { creates: "comparisons", fetches: "web addresses fetched", revisions: "revisions saved", reads: "reads" };

/** Spends the client's tokens of `kind`, or refuses with 429 and Retry-After. */
export async function chargeClient(request: Request, services: ApiServices, kind: RateKind, cost: number): Promise<void> {
  if (!services.limiter || cost === 0) return;
  const result = await services.limiter.take(clientKeyOf(request), kind, cost);
  if (result.allowed) return;
  throw new AppError("rate-limited", `Too many ${CHARGED[kind]} from your address; try again in ${result.retryAfterSeconds} s.`, {
    headers: { "retry-after": String(result.retryAfterSeconds) },
  });
}
