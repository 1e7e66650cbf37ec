// The revision endpoints: POST /api/comparisons/{id}/revisions saves an editor's review as the
// next revision (201, its number and URL); GET .../revisions lists them; GET .../revisions/{n}
// serves one (0 is the machine's original), as JSON or an export like the comparison itself.
// Each parses its input, calls one use case (app/_server) and shapes the answer.
import { clientKeyOf } from "@/app/_lib/client-rate-limit";
import { AppError } from "@/app/_server/app-error";
import { readRevision, readRevisionList } from "@/app/_server/get-revision";
import { requireStoredComparison, saveRevision } from "@/app/_server/save-revision";
import { errorResponse, jsonResponse } from "./api-errors";
import { chargeClient, type ApiServices } from "./api-services";
import { authorizeRevision } from "./authorize-revision";
import { sendComparison } from "./read-comparison";
import { MAX_REVISION_BODY_BYTES, parseRevisionRequest } from "./revision-schema";
import { readJsonBody } from "./request-schema";

export async function handleCreateRevision(request: Request, rawId: string, services: ApiServices): Promise<Response> {
  try {
    // Charged before the body is read: a save of 2,000 edits is seconds of the engine's time.
    await chargeClient(request, services, "revisions", 1);
    const id = await requireStoredComparison(services.openStore, rawId);
    const { holder } = await authorizeRevision(request, id, services);
    const body = parseRevisionRequest(await readJsonBody(request, MAX_REVISION_BODY_BYTES));
    const saved = await saveRevision(services, {
      comparisonId: id,
      baseRevision: body.baseRevision,
      edits: body.edits,
      editor: body.editor ?? null,
      holder,
      client: clientKeyOf(request),
    });
    const url = `${services.publicOrigin()}/c/${id}/r/${saved.number}`;
    const head = { id, revision: saved.number, basedOn: saved.basedOn, url };
    const body201 = `${JSON.stringify(head).slice(0, -1)},"comparison":${saved.comparisonJson}}`;
    return jsonResponse(body201, 201, { location: url, "cache-control": "no-store" });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function handleListRevisions(request: Request, id: string, services: ApiServices): Promise<Response> {
  try {
    await chargeClient(request, services, "reads", 1);
    const list = await readRevisionList(services.openStore, id);
    if (!list) throw new AppError("not-found", `There is no stored comparison with the id "${id}" (the seed story cannot be reviewed).`);
    const origin = services.publicOrigin();
    // The contract's shape: an array of {revision, basedOn, savedAt, editor}, each with its page.
    const revisions = list.map(({ number, basedOn, savedAt, editor }) => ({ revision: number, basedOn, savedAt, editor, url: `${origin}/c/${id}/r/${number}` }));
    // New revisions appear, so the list is never cached; each revision's own answer is.
    return jsonResponse(JSON.stringify(revisions), 200, { "cache-control": "no-store" });
  } catch (error) {
    return errorResponse(error);
  }
}

export async function handleReadRevision(request: Request, id: string, n: string, services: ApiServices): Promise<Response> {
  try {
    await chargeClient(request, services, "reads", 1);
    const found = await readRevision(services.openStore, id, n);
    const pageUrl = `${services.publicOrigin()}/c/${found.id}/r/${found.number}`;
    const sendable = { title: found.title, json: found.json, immutable: true };
    return sendComparison(request, sendable, { pageUrl, fileName: `parallax-${found.id}-r${found.number}` });
  } catch (error) {
    return errorResponse(error);
  }
}
