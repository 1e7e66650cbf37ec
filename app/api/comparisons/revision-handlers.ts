// The revision endpoints: POST /api/comparisons/{id}/revisions saves an editor's review as the
// next revision (201, its number and URL); GET .../revisions lists them; GET .../revisions/{n}
// serves one (0 is the machine's original), as JSON or an export like the comparison itself.
import { isComparisonId } from "@/lib/store/create-comparison-id";
import { findRevision, listRevisions, RevisionError, saveRevision } from "@/lib/store/revision-store";
import { findComparison, hasComparison } from "@/lib/store/comparison-store";
import { EngineBusyError, EngineTimeoutError } from "@/app/_lib/engine-pool";
import { clientKeyOf } from "@/app/_lib/client-rate-limit";
import { findHiddenRevision } from "@/lib/store/hidden-revisions";
import type { SqlDriver } from "@/lib/store/store-types";
import { ApiError, errorResponse, jsonResponse } from "./api-errors";
import type { ApiServices } from "./api-services";
import { authorizeRevision } from "./authorize-revision";
import { chargeClient } from "./create-comparison";
import { sendComparison } from "./read-comparison";
import { MAX_REVISION_BODY_BYTES, parseRevisionNumber, parseRevisionRequest } from "./revision-schema";
import { readJsonBody } from "./request-schema";

const REVISION_STATUS: Readonly<Record<RevisionError["code"], number>> = {
  "no-comparison": 404,
  "no-revision": 404,
  busy: 503,
  "invalid-result": 422,
};

/** The pool's refusals speak of comparisons; a save gets its own words for them. */
function toRevisionApiError(error: unknown): unknown {
  if (error instanceof RevisionError) return new ApiError(REVISION_STATUS[error.code], error.code, error.message);
  if (error instanceof EngineTimeoutError) {
    return new ApiError(503, "engine-timeout", "Applying the changes took too long and was stopped; nothing was saved. Save fewer changes at a time.");
  }
  if (error instanceof EngineBusyError) {
    return new ApiError(503, "engine-busy", "The server is busy; nothing was saved. Try again in a few seconds.", null, { "retry-after": "5" });
  }
  return error;
}

function notFound(id: string): ApiError {
  return new ApiError(404, "not-found", `There is no stored comparison with the id "${id}" (the seed story cannot be reviewed).`);
}

/** The pool's review runner, queued under the saving client's key for its fair share. */
function reviewFor(services: ApiServices, client: string) {
  const run = services.runReview;
  return run && ((base: Parameters<typeof run>[0], edits: Parameters<typeof run>[1], meta: Parameters<typeof run>[2]) => run(base, edits, { ...meta, client }));
}

export async function handleCreateRevision(request: Request, id: string, services: ApiServices): Promise<Response> {
  try {
    // Charged before the body is read: a save of 2,000 edits is seconds of the engine's time.
    await chargeClient(request, services, "revisions", 1);
    if (!isComparisonId(id) || !(await hasComparison(await services.openStore(), id))) {
      throw new ApiError(404, "no-comparison", `There is no comparison with the id "${id}".`);
    }
    const { holder } = await authorizeRevision(request, id, services);
    const body = parseRevisionRequest(await readJsonBody(request, MAX_REVISION_BODY_BYTES));
    const store = await services.openStore();
    const saved = await saveRevision(
      store,
      { comparisonId: id, baseRevision: body.baseRevision, edits: body.edits, editor: body.editor ?? null, holder },
      { now: services.now, review: reviewFor(services, clientKeyOf(request)) },
    ).catch((error: unknown) => {
      throw toRevisionApiError(error);
    });
    const url = `${services.publicOrigin()}/c/${id}/r/${saved.number}`;
    const head = { id, revision: saved.number, basedOn: saved.basedOn, url };
    const body201 = `${JSON.stringify(head).slice(0, -1)},"comparison":${saved.comparisonJson}}`;
    return jsonResponse(body201, 201, { location: url, "cache-control": "no-store" });
  } catch (error) {
    return errorResponse(error);
  }
}

/** 410 for a revision the operator hid (its number stays taken), 404 for one never saved. */
async function missingRevision(store: SqlDriver, id: string, number: number): Promise<ApiError> {
  const hidden = await findHiddenRevision(store, id, number);
  if (hidden) return new ApiError(410, "hidden", `Revision ${number} of comparison "${id}" was taken down by the site's operator.`);
  return new ApiError(404, "not-found", `Comparison "${id}" has no revision ${number}.`);
}

export async function handleListRevisions(request: Request, id: string, services: ApiServices): Promise<Response> {
  try {
    await chargeClient(request, services, "reads", 1);
    if (!isComparisonId(id)) throw notFound(id);
    const store = await services.openStore();
    if (!(await hasComparison(store, id))) throw notFound(id);
    const origin = services.publicOrigin();
    // The contract's shape: an array of {revision, basedOn, savedAt, editor}, each with its page.
    const revisions = (await listRevisions(store, id)).map(({ number, basedOn, savedAt, editor }) => ({ revision: number, basedOn, savedAt, editor, url: `${origin}/c/${id}/r/${number}` }));
    // New revisions appear, so the list is never cached; each revision's own answer is.
    return jsonResponse(JSON.stringify(revisions), 200, { "cache-control": "no-store" });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function handleReadRevision(request: Request, id: string, n: string, services: ApiServices): Promise<Response> {
  try {
    await chargeClient(request, services, "reads", 1);
    const number = parseRevisionNumber(n);
    if (!isComparisonId(id) || number === null) throw notFound(id);
    const store = await services.openStore();
    const original = await findComparison(store, id);
    if (!original) throw notFound(id);
    const stored = number === 0 ? original : await findRevision(store, id, number);
    if (!stored) throw await missingRevision(store, id, number);
    const pageUrl = `${services.publicOrigin()}/c/${id}/r/${number}`;
    const sendable = { title: original.title, json: stored.comparisonJson, immutable: true };
    return sendComparison(request, sendable, { pageUrl, fileName: `parallax-${id}-r${number}` });
  } catch (error) {
    return errorResponse(error);
  }
}
