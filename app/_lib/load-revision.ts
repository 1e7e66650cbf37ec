// Finds one revision of a stored comparison for its page (/c/{id}/r/{n}) and the review route:
// the comparison as of that revision, the title, and the list of all revisions for navigation.
// Revision 0 is the machine's original. The seed story has no revisions (it is never stored).
import { parseRevisionNumber } from "@/app/api/comparisons/revision-schema";
import { findComparison } from "@/lib/store/comparison-store";
import { neutraliseNames, stripBidiControls } from "@/lib/text/plain-text";
import { isComparisonId } from "@/lib/store/create-comparison-id";
import { findRevision, listRevisions } from "@/lib/store/revision-store";
import type { RevisionSummary, SqlDriver } from "@/lib/store/store-types";
import type { Comparison } from "@/lib/types";
import { getStore } from "./store";

export interface LoadedRevision {
  title: string;
  number: number;
  comparison: Comparison;
  revisions: RevisionSummary[];
}

export async function loadRevisionFrom(openStore: () => Promise<SqlDriver>, id: string, n: string): Promise<LoadedRevision | null> {
  const number = parseRevisionNumber(n);
  if (!isComparisonId(id) || number === null) return null;
  const store = await openStore();
  const original = await findComparison(store, id);
  if (!original) return null;
  const stored = number === 0 ? original : await findRevision(store, id, number);
  if (!stored) return null;
  return {
    title: stripBidiControls(original.title),
    number,
    comparison: neutraliseNames(JSON.parse(stored.comparisonJson) as Comparison),
    revisions: await listRevisions(store, id),
  };
}

export function loadRevisionById(id: string, n: string): Promise<LoadedRevision | null> {
  return loadRevisionFrom(getStore, id, n);
}

/** The saved revisions of a stored comparison, oldest first; none for the seed or unknown ids. */
export async function listRevisionsById(id: string): Promise<RevisionSummary[]> {
  if (!isComparisonId(id)) return [];
  return listRevisions(await getStore(), id);
}
