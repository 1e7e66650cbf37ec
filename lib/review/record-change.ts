import type { Group, ReviewAction } from "../types";
import type { DescribeChange, DraftChange } from "./name-changes";
import type { Reclassifier } from "./reclassify-group";
import { markReviewed } from "./review-draft";

// The two bookkeeping steps every edit handler shares, in version 1 and version 2 alike: what the
// change log will say (worded once the edits are done, so it names facts as the new page does),
// and that a group the edit touched owes a new classification.

/** Logs one change; `describe` runs after all edits, when fact numbers are final. */
export function recordChange(draft: { changes: DraftChange[] }, action: ReviewAction, groupId: string | null, describe: DescribeChange): void {
  draft.changes.push({ action, groupId, describe });
}

/** A group an edit changed: classified again at the end, and marked as edited by a person. */
export function touchGroup(reclassify: Reclassifier, group: Group, score: number): void {
  if (group.members.length === 0) return;
  reclassify.owe(group, score);
  markReviewed(group, "edited");
}
