// POST /api/comparisons: validate, fetch what was given as URLs, run the engine, store the
// result under a fresh id and answer 201 with it. The comparison in the answer is the stored
// JSON text itself, so what the creator receives is byte for byte what GET returns later.
// The answer also carries the edit key, once: only its hash is stored (docs/decisions/0070).
import { defaultEngine } from "@/lib/engine/default-engine";
import { resolveSources } from "@/lib/fetch/resolve-sources";
import { buildComparisonRecord, findComparison, insertComparison, markComparisonListed } from "@/lib/store/comparison-store";
import { insertEditKey, nameKeyHolder } from "@/lib/store/edit-key-store";
import type { SqlDriver, StoredComparison } from "@/lib/store/store-types";
import type { Comparison, SourceInput } from "@/lib/types";
import { clientKeyOf, type RateKind } from "@/app/_lib/client-rate-limit";
import { hashEditKey, newEditKey } from "@/app/_lib/edit-keys";
import type { SourceRequest } from "@/lib/fetch/resolve-sources";
import { ApiError, errorResponse, jsonResponse } from "./api-errors";
import type { ApiServices } from "./api-services";
import { parseCreateRequest, readJsonBody } from "./request-schema";

const MAX_ID_ATTEMPTS = 3;

export async function handleCreateComparison(request: Request, services: ApiServices): Promise<Response> {
  try {
    // Charged before the body is read, so a flood of requests costs us next to nothing.
    await chargeClient(request, services, "creates", 1);
    const { sources, listed = false } = parseCreateRequest(await readJsonBody(request));
    await chargeClient(request, services, "fetches", sources.filter(isFetched).length);
    const inputs = await resolveSources(sources, services.fetchSource);
    // The client's key gives it its fair share of the engine's queue.
    const comparison = await (services.runEngine ?? runInProcess)(inputs, services.now(), clientKeyOf(request));
    const editKey = (services.newEditKey ?? newEditKey)();
    const stored = await storeComparison(await services.openStore(), { inputs, comparison, editKey, listed }, services);
    const url = `${services.publicOrigin()}/c/${stored.id}`;
    // The key rides in the fragment, which browsers never send, so it stays out of server logs.
    const editUrl = `${url}/review#key=${editKey}`;
    const head = JSON.stringify({ id: stored.id, url, editKey, editUrl, listed });
    const body = `${head.slice(0, -1)},"comparison":${stored.comparisonJson}}`;
    return jsonResponse(body, 201, { location: url, "cache-control": "no-store" });
  } catch (error) {
    return errorResponse(error);
  }
}

async function runInProcess(inputs: SourceInput[], now: Date): Promise<Comparison> {
  return defaultEngine.compare(inputs, { now: () => now });
}

const CHARGED: Readonly<Record<RateKind, string>> = { creates: "comparisons", fetches: "web addresses fetched", revisions: "revisions saved", reads: "reads" };

/** Spends the client's tokens of `kind`, or refuses with 429 and Retry-After. */
export async function chargeClient(request: Request, services: ApiServices, kind: RateKind, cost: number): Promise<void> {
  if (!services.limiter || cost === 0) return;
  const result = await services.limiter.take(clientKeyOf(request), kind, cost);
  if (result.allowed) return;
  throw new ApiError(429, "rate-limited", `Too many ${CHARGED[kind]} from your address; try again in ${result.retryAfterSeconds} s.`, null, {
    "retry-after": String(result.retryAfterSeconds),
  });
}

/** A source given only by its URL is fetched by us, on the client's behalf. */
function isFetched(source: SourceRequest): boolean {
  return !source.text?.trim() && !source.html?.trim() && Boolean(source.url?.trim());
}

interface NewComparison {
  inputs: SourceInput[];
  comparison: Comparison;
  editKey: string;
  listed: boolean;
}

/** The comparison, its key's hash and its listing go in together, or none of them does. */
async function storeComparison(store: SqlDriver, fresh: NewComparison, services: ApiServices): Promise<StoredComparison> {
  const keyHash = hashEditKey(fresh.editKey);
  for (let attempt = 1; ; attempt++) {
    const id = services.newId();
    try {
      return await store.transaction(async (tx) => {
        const stored = await insertComparison(tx, buildComparisonRecord(id, fresh.inputs, fresh.comparison, services.engineVersion));
        await insertEditKey(tx, { comparisonId: id, keyHash, holder: nameKeyHolder(keyHash), issuedAt: services.now().toISOString() });
        if (fresh.listed) await markComparisonListed(tx, id, stored.createdAt);
        return stored;
      });
    } catch (error) {
      // A taken id (about one chance in 2^100) gets a fresh one; any other failure is real.
      if (attempt >= MAX_ID_ATTEMPTS || !(await findComparison(store, id))) throw error;
    }
  }
}
