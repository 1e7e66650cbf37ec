import { InputError } from "../errors";
import { REVIEW_LIMITS } from "../limits";
import type { Engine } from "../engine/create-engine";
import { defaultEngine } from "../engine/default-engine";
import type { Comparison, EngineDeps, ReviewEdit } from "../types";
import { EDIT_HANDLERS } from "./edit-handlers";
import { countKinds } from "../comparison/count-facts";
import { createFactDraft } from "./fact-draft";
import { FACT_EDIT_HANDLERS } from "./fact-edit-handlers";
import { wordChanges } from "./name-changes";
import { createReclassifier, type Reclassifier } from "./reclassify-group";
import { createDraft, listGroups } from "./review-draft";

// An editor's review: edits applied in order to a comparison (the machine's or an earlier
// revision), giving a new, still valid contract Comparison. The input is never changed.

export interface ReviewDeps extends EngineDeps {
  /** The engine that classifies edited groups; the default engine unless a caller brings its own. */
  engine?: Engine;
}

export interface ReviewMeta {
  /** Defaults to one past the revision edited. */
  revision?: number;
  editor?: string | null;
}

export function applyEdits(comparison: Comparison, edits: readonly ReviewEdit[], deps: ReviewDeps, meta: ReviewMeta = {}): Comparison {
  if (edits.length === 0) throw new InputError("invalid", "A review needs at least one change.");
  if (edits.length > REVIEW_LIMITS.maxEdits) throw new InputError("too-large", `A review may hold at most ${REVIEW_LIMITS.maxEdits} changes.`);
  // Version 2 works on facts (a sentence may state several); version 1 exactly as before it.
  const facts = comparison.version === 2;
  const draft = facts ? createFactDraft(comparison) : createDraft(comparison);
  const handlers = (facts ? FACT_EDIT_HANDLERS : EDIT_HANDLERS) as unknown as Record<string, (d: typeof draft, e: ReviewEdit, r: Reclassifier) => void>;
  const reclassify = createReclassifier(comparison, draft, deps.engine ?? defaultEngine);
  for (const edit of edits) {
    const handler = Object.hasOwn(handlers, edit.op) ? handlers[edit.op] : undefined;
    if (!handler) throw new InputError("invalid", `Unknown edit "${String(edit.op)}".`);
    handler(draft, edit, reclassify);
  }
  reclassify.settleAll();
  const groups = listGroups(draft);
  const stats = countKinds(groups);
  const basedOn = comparison.review?.revision ?? 0;
  return {
    ...comparison,
    groups,
    stats,
    review: {
      revision: meta.revision ?? basedOn + 1,
      basedOn,
      savedAt: deps.now().toISOString(),
      editor: meta.editor?.trim() || null,
      ...(draft.note ? { note: draft.note } : {}),
      changes: wordChanges(draft.changes, comparison, groups),
    },
  };
}
