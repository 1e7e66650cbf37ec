// The "save a revision" use case: read the base revision (0 or n, get-revision.ts), apply the
// editor's edits (in the engine's worker pool on the server, in process in tests), check that
// the result still keeps the data contract, then insert it as the next number. The store below
// only persists (lib/store/revision-store.ts); the edits run once, outside its transaction.
import { applyEdits } from "@/lib/review/apply-edits";
import { validateComparison } from "@/lib/comparison/validate-comparison";
import { hasComparison } from "@/lib/store/comparison-store";
import { insertRevision } from "@/lib/store/revision-store";
import type { SqlDriver, StoredRevision } from "@/lib/store/store-types";
import type { Comparison, ReviewEdit } from "@/lib/types";
import { AppError, toAppError } from "./app-error";
import { parseStoredId } from "./comparison-id";
import { lookUpRevision } from "./get-revision";
import type { ServerServices } from "./server-services";

export interface SaveRevisionRequest {
  comparisonId: string;
  baseRevision: number;
  edits: ReviewEdit[];
  editor?: string | null;
  /** Who was authorized to save it (a key's holder, later a signed-in user); not shown publicly. */
  holder?: string | null;
  /** The saving client's key, for its fair share of the engine's queue. */
  client?: string;
}

function noComparison(id: string): AppError {
  return new AppError("no-comparison", `There is no comparison with the id "${id}".`);
}

/** Refuses (404) an id that names no stored comparison, before anything else is read. */
export async function requireStoredComparison(openStore: () => Promise<SqlDriver>, rawId: string): Promise<string> {
  const id = parseStoredId(rawId);
  if (id === null || !(await hasComparison(await openStore(), id))) throw noComparison(rawId);
  return id;
}

export async function saveRevision(services: Pick<ServerServices, "openStore" | "now" | "runReview">, request: SaveRevisionRequest): Promise<StoredRevision> {
  const { comparisonId, baseRevision, edits } = request;
  const store = await services.openStore();
  const base = await lookUpRevision(store, comparisonId, baseRevision);
  if (base.kind === "no-comparison") throw noComparison(comparisonId);
  if (base.kind === "no-revision") throw new AppError("no-revision", `Comparison ${comparisonId} has no revision ${baseRevision}.`);
  const reviewed = await review(services, JSON.parse(base.json) as Comparison, request);
  const problems = validateComparison(reviewed, { revision: true }).faults;
  if (problems.length > 0) throw new AppError("invalid-result", `The review would break the comparison: ${problems.join("; ")}.`);
  const saved = await insertRevision(store, { comparisonId, baseRevision, edits, reviewed, holder: request.holder ?? null });
  if (!saved) throw new AppError("busy", "Too many editors are saving this comparison at once; please save again.");
  return saved;
}

async function review(services: Pick<ServerServices, "now" | "runReview">, base: Comparison, request: SaveRevisionRequest): Promise<Comparison> {
  const editor = request.editor ?? null;
  if (!services.runReview) return applyEdits(base, request.edits, { now: services.now }, { editor });
  const meta = { now: services.now(), editor, ...(request.client === undefined ? {} : { client: request.client }) };
  // The pool's refusals speak of comparisons; a save gets its own words for them.
  return services.runReview(base, request.edits, meta).catch((error: unknown) => {
    throw toAppError(error, "review") ?? error;
  });
}
