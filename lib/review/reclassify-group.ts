import type { Engine } from "../engine/create-engine";
import type { Comparison, Group } from "../types";
import type { ReviewDraft } from "./review-draft";

// A group whose membership an editor changed is classified again by the engine that compares
// (engine.reclassify: the classify and diff steps), so a manual link gets its conflict check and
// word diff exactly like a machine link. Sentences are analysed again from their stored text
// with the source's publication date, which is what the engine analysed when it compared them.
//
// Classification is owed, not done, at each move: a group is classified once, when an edit
// reads its kind or conflicts or when the review ends. Classifying at every move made a review
// that links sentence after sentence into one group cost the cube of its length (decision 0055).
// The result is the same, since a group's classification follows from its members alone.

export interface Reclassifier {
  /** Members changed: classify before anyone reads the kind. A single member scores 1. */
  owe(group: Group, score: number): void;
  /** Classifies the group now if it is owed (before an edit reads or sets its kind). */
  settle(group: Group): void;
  /** Classifies every group still owed (the end of the review). */
  settleAll(): void;
}

export function createReclassifier(comparison: Comparison, draft: ReviewDraft, engine: Engine): Reclassifier {
  // Version 2 classifies each member's own words (its spans), as the fact engine did.
  const classifyFact = comparison.version === 2 ? engine.reclassifyFacts(comparison.sources) : null;
  const reclassify = classifyFact ? null : engine.reclassify(comparison.sources);
  const owed = new Set<Group>();
  const classify = (group: Group) => {
    owed.delete(group);
    if (group.members.length === 0) return; // emptied by a later move: gone from the review
    if (classifyFact) {
      Object.assign(group, classifyFact(group.members));
      return;
    }
    const positions = group.members.map((m) => ({
      source: draft.sourceOrder.get(m.sourceId)!,
      indices: m.sentenceIds.map((id) => draft.position.get(id)!.index),
    }));
    Object.assign(group, reclassify!(positions));
  };
  return {
    owe(group, score) {
      // The score is settled now: the kind is unique exactly when one source is left.
      group.score = group.members.length === 1 ? 1 : score;
      owed.add(group);
    },
    settle(group) {
      if (owed.has(group)) classify(group);
    },
    settleAll() {
      for (const group of [...owed]) classify(group);
    },
  };
}
