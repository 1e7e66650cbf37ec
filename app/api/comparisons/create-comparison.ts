// POST /api/comparisons: validate, fetch what was given as URLs, run the engine, store the
// result under a fresh id and answer 201 with it. The comparison in the answer is the stored
// JSON text itself, so what the creator receives is byte for byte what GET returns later.
import { compareSources } from "@/lib/compare";
import { resolveSources } from "@/lib/fetch/resolve-sources";
import { buildComparisonRecord, findComparison, insertComparison } from "@/lib/store/comparison-store";
import type { SqlDriver, StoredComparison } from "@/lib/store/store-types";
import type { Comparison, SourceInput } from "@/lib/types";
import { clientKeyOf, type RateKind } from "@/app/_lib/client-rate-limit";
import type { SourceRequest } from "@/lib/fetch/resolve-sources";
import { ApiError, errorResponse, jsonResponse } from "./api-errors";
import type { ApiServices } from "./api-services";
import { parseCreateRequest, readJsonBody } from "./request-schema";

const MAX_ID_ATTEMPTS = 3;

export async function handleCreateComparison(request: Request, services: ApiServices): Promise<Response> {
  try {
    // Charged before the body is read, so a flood of requests costs us next to nothing.
    chargeClient(request, services, "creates", 1);
    const { sources } = parseCreateRequest(await readJsonBody(request));
    chargeClient(request, services, "fetches", sources.filter(isFetched).length);
    const inputs = await resolveSources(sources, services.fetchSource);
    const comparison = await (services.runEngine ?? runInProcess)(inputs, services.now());
    const stored = await storeComparison(await services.openStore(), inputs, comparison, services);
    const url = `${services.publicOrigin(request)}/c/${stored.id}`;
    const body = `{"id":${JSON.stringify(stored.id)},"url":${JSON.stringify(url)},"comparison":${stored.comparisonJson}}`;
    return jsonResponse(body, 201, { location: url, "cache-control": "no-store" });
  } catch (error) {
    return errorResponse(error);
  }
}

async function runInProcess(inputs: SourceInput[], now: Date): Promise<Comparison> {
  return compareSources(inputs, { now: () => now });
}

const CHARGED: Readonly<Record<RateKind, string>> = { creates: "comparisons", fetches: "web addresses fetched", revisions: "revisions saved" };

/** Spends the client's tokens of `kind`, or refuses with 429 and Retry-After. */
export function chargeClient(request: Request, services: ApiServices, kind: RateKind, cost: number): void {
  if (!services.limiter || cost === 0) return;
  const result = services.limiter.take(clientKeyOf(request), kind, cost);
  if (result.allowed) return;
  throw new ApiError(429, "rate-limited", `Too many ${CHARGED[kind]} from your address; try again in ${result.retryAfterSeconds} s.`, null, {
    "retry-after": String(result.retryAfterSeconds),
  });
}

/** A source given only by its URL is fetched by us, on the client's behalf. */
function isFetched(source: SourceRequest): boolean {
  return !source.text?.trim() && !source.html?.trim() && Boolean(source.url?.trim());
}

async function storeComparison(store: SqlDriver, inputs: SourceInput[], comparison: Comparison, services: ApiServices): Promise<StoredComparison> {
  for (let attempt = 1; ; attempt++) {
    const id = services.newId();
    try {
      return await insertComparison(store, buildComparisonRecord(id, inputs, comparison, services.engineVersion));
    } catch (error) {
      // A taken id (about one chance in 2^100) gets a fresh one; any other failure is real.
      if (attempt >= MAX_ID_ATTEMPTS || !(await findComparison(store, id))) throw error;
    }
  }
}
