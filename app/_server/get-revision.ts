// The "get a revision" use case, for its page (/c/{id}/r/{n}), the review page and the API.
// Revision 0 is the machine's original, the comparisons row; 1 and up are saved reviews. That
// choice is made here once (lookUpRevision), also for the base of a save (save-revision.ts).
// The seed story has no revisions: it is never stored.
import { cache } from "react";
import { findComparison, findComparisonTitle, hasComparison } from "@/lib/store/comparison-store";
import { findHiddenRevision } from "@/lib/store/hidden-revisions";
import { findRevision, listRevisions } from "@/lib/store/revision-store";
import type { RevisionSummary, SqlDriver } from "@/lib/store/store-types";
import { neutraliseNames, stripBidiControls } from "@/lib/text/plain-text";
import type { Comparison } from "@/lib/types";
import { getStore } from "@/app/_lib/store";
import { AppError } from "./app-error";
import { parseRevisionNumber, parseStoredId } from "./comparison-id";

export type RevisionLookup =
  | { kind: "found"; title: string; json: string }
  | { kind: "no-comparison" }
  | { kind: "no-revision" };

/** Revision `number` of a stored comparison: its title as stored and its JSON as written. */
export async function lookUpRevision(store: SqlDriver, id: string, number: number): Promise<RevisionLookup> {
  if (number === 0) {
    const original = await findComparison(store, id);
    return original ? { kind: "found", title: original.title, json: original.comparisonJson } : { kind: "no-comparison" };
  }
  const stored = await findRevision(store, id, number);
  // A revision's row exists only beside its comparison's, so its title is there to read.
  if (stored) return { kind: "found", title: (await findComparisonTitle(store, id)) ?? "", json: stored.comparisonJson };
  return (await hasComparison(store, id)) ? { kind: "no-revision" } : { kind: "no-comparison" };
}

export interface FoundRevision {
  id: string;
  number: number;
  /** The comparison's title as stored. */
  title: string;
  json: string;
}

function notStored(id: string): AppError {
  return new AppError("not-found", `There is no stored comparison with the id "${id}" (the seed story cannot be reviewed).`);
}

/** A revision by the URL's id and number; throws 404 for none, 410 for one the operator hid. */
export async function readRevision(openStore: () => Promise<SqlDriver>, rawId: string, n: string): Promise<FoundRevision> {
  const id = parseStoredId(rawId);
  const number = parseRevisionNumber(n);
  if (id === null || number === null) throw notStored(rawId);
  const store = await openStore();
  const found = await lookUpRevision(store, id, number);
  if (found.kind === "no-comparison") throw notStored(id);
  if (found.kind === "found") return { id, number, title: found.title, json: found.json };
  // Its number stays taken, so a hidden revision is gone (410), not missing (404).
  if (await findHiddenRevision(store, id, number)) throw new AppError("hidden", `Revision ${number} of comparison "${id}" was taken down by the site's operator.`);
  throw new AppError("not-found", `Comparison "${id}" has no revision ${number}.`);
}

/** The saved revisions of a stored comparison, oldest first; null for the seed or an unknown id. */
export async function readRevisionList(openStore: () => Promise<SqlDriver>, rawId: string): Promise<RevisionSummary[] | null> {
  const id = parseStoredId(rawId);
  if (id === null) return null;
  const store = await openStore();
  return (await hasComparison(store, id)) ? listRevisions(store, id) : null;
}

export interface LoadedRevision {
  title: string;
  number: number;
  comparison: Comparison;
  revisions: RevisionSummary[];
}

async function loadRevisionPage(id: string, n: string): Promise<LoadedRevision | null> {
  let found: FoundRevision;
  try {
    found = await readRevision(getStore, id, n);
  } catch (error) {
    if (error instanceof AppError) return null; // missing and hidden alike are a 404 page
    throw error;
  }
  return {
    title: stripBidiControls(found.title),
    number: found.number,
    comparison: neutraliseNames(JSON.parse(found.json) as Comparison),
    revisions: await listRevisions(await getStore(), found.id),
  };
}

/** A revision for pages, read once per request however many parts of the page ask. */
export const getRevision = cache(loadRevisionPage);

/** The revision list for the page of a comparison it has read already; empty for the seed. */
export const getRevisionList = cache(async (rawId: string): Promise<RevisionSummary[]> => {
  const id = parseStoredId(rawId);
  return id === null ? [] : listRevisions(await getStore(), id);
});
