// POST /api/comparisons: validate, fetch what was given as URLs, run the engine, store the
// result under a fresh id and answer 201 with it. The comparison in the answer is the stored
// JSON text itself, so what the creator receives is byte for byte what GET returns later.
import { compareSources } from "@/lib/compare";
import { resolveSources } from "@/lib/fetch/resolve-sources";
import { buildComparisonRecord, findComparison, insertComparison } from "@/lib/store/comparison-store";
import type { SqlDriver, StoredComparison } from "@/lib/store/store-types";
import type { Comparison, SourceInput } from "@/lib/types";
import { errorResponse, jsonResponse } from "./api-errors";
import type { ApiServices } from "./api-services";
import { parseCreateRequest, readJsonBody } from "./request-schema";

const MAX_ID_ATTEMPTS = 3;

export async function handleCreateComparison(request: Request, services: ApiServices): Promise<Response> {
  try {
    const { sources } = parseCreateRequest(await readJsonBody(request));
    const inputs = await resolveSources(sources, services.fetchSource);
    const comparison = compareSources(inputs, { now: services.now });
    const stored = await storeComparison(await services.openStore(), inputs, comparison, services);
    const url = `${services.publicOrigin(request)}/c/${stored.id}`;
    const body = `{"id":${JSON.stringify(stored.id)},"url":${JSON.stringify(url)},"comparison":${stored.comparisonJson}}`;
    return jsonResponse(body, 201, { location: url, "cache-control": "no-store" });
  } catch (error) {
    return errorResponse(error);
  }
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
