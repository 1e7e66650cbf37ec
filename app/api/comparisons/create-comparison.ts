// POST /api/comparisons: charge the client, validate the body, make and store the comparison
// (app/_server/create-comparison.ts) and answer 201 with it, its URL and its edit key.
import { clientKeyOf } from "@/app/_lib/client-rate-limit";
import { createComparison } from "@/app/_server/create-comparison";
import type { SourceRequest } from "@/lib/fetch/resolve-sources";
import { errorResponse, jsonResponse } from "./api-errors";
import { chargeClient, type ApiServices } from "./api-services";
import { parseCreateRequest, readJsonBody } from "./request-schema";

export async function handleCreateComparison(request: Request, services: ApiServices): Promise<Response> {
  try {
    // Charged before the body is read, so a flood of requests costs us next to nothing.
    await chargeClient(request, services, "creates", 1);
    const { sources, listed = false, title } = parseCreateRequest(await readJsonBody(request));
    await chargeClient(request, services, "fetches", sources.filter(isFetched).length);
    const { stored, editKey } = await createComparison(services, { sources, listed, title, client: clientKeyOf(request) });
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

/** A source given only by its URL is fetched by us, on the client's behalf. */
function isFetched(source: SourceRequest): boolean {
  return !source.text?.trim() && !source.html?.trim() && Boolean(source.url?.trim());
}
