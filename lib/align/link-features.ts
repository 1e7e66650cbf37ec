import { scoreLogistic, type LogisticModel } from "../engine/logistic-model";
import { sameQuantity } from "../normalize/same-quantity";
import type { NumberMention } from "../types";
import type { SentenceRef } from "./find-candidates";
import type { PairScorer } from "./pair-scorer";
import factModel from "./fact-link-model.json";
import model from "./link-model.json";

// Second stage of the link decision: P(same statement) from the sentence-pair model, read in
// the context of the two articles: a pair that is each other's best candidate is likelier than a
// runner-up, a remark by the same named speaker is likely the same remark, and how much of each
// sentence the other covers matters more in articles than in paraphrase pairs. The weights are
// data, fitted on our gold fixtures by tools/calibrate-links.ts (the seed stays out, as a
// held-out check). Position in the article is deliberately not a feature: it helped on our own
// fixtures, which keep the wire's order, and hurt on real rewrites, which reorder freely.

export const LINK_FEATURES = ["p", "rowRel", "colRel", "sameSpeaker", "coverS", "coverT", "sameFigure", "sameQuantity"] as const;

export type LinkFeatures = Record<(typeof LINK_FEATURES)[number], number>;

export type LinkModel = LogisticModel;

export const linkModel: LinkModel = model;

/** The same features weighed for claims of real coverage (tools/calibrate-fact-links.ts, decision 0130). */
export const factLinkModel: LinkModel = factModel;

export interface ScoredPair {
  i: number;
  j: number;
  features: LinkFeatures;
}

/** Features of every candidate pair between sources s and t. */
export function measureLinks(s: number, t: number, pairs: readonly [SentenceRef, SentenceRef][], scorer: PairScorer): ScoredPair[] {
  const ps = pairs.map(([a, b]) => ({ i: a.index, j: b.index, p: scorer.score(s, a.index, t, b.index) }));
  const bestRow = new Map<number, number>(), bestCol = new Map<number, number>();
  for (const { i, j, p } of ps) {
    bestRow.set(i, Math.max(bestRow.get(i) ?? 0, p));
    bestCol.set(j, Math.max(bestCol.get(j) ?? 0, p));
  }
  return ps.map(({ i, j, p }) => {
    const speakersS = scorer.analysis(s, i).speakers, speakersT = scorer.analysis(t, j).speakers;
    return {
      i,
      j,
      features: {
        p,
        rowRel: p / (bestRow.get(i) || 1),
        colRel: p / (bestCol.get(j) || 1),
        sameSpeaker: speakersS.some((x) => speakersT.includes(x)) ? 1 : 0,
        coverS: scorer.coverage(s, i, t, [j]),
        coverT: scorer.coverage(t, j, s, [i]),
        ...compareFigures(scorer.analysis(s, i).numbers, scorer.analysis(t, j).numbers),
      },
    };
  });
}

// Figures are evidence the sentence-pair model underrates: its training pairs were picked for
// overlapping wording, so a shared figure rarely told them apart. Across articles, the same
// figure written in digits ("900 jobs" / "about 900 people") marks the same fact, and two
// amounts of one kind and size ("$1.1 billion" / "$1.4 billion") mark the same slot with
// conflicting values; "600 million euros" invested and "150 million euros" saved are two slots.
function compareFigures(a: readonly NumberMention[], b: readonly NumberMention[]): { sameFigure: number; sameQuantity: number } {
  const figures = (list: readonly NumberMention[]) => list.filter((n) => /\d/.test(n.text));
  const fa = figures(a), fb = figures(b);
  return {
    sameFigure: fa.some((x) => fb.some((y) => x.value === y.value)) ? 1 : 0,
    sameQuantity: fa.some((x) => fb.some((y) => sameQuantity(x, y, "same-slot"))) ? 1 : 0,
  };
}

export function scoreLink(f: LinkFeatures, m: LinkModel = linkModel): number {
  return scoreLogistic(m, f, LINK_FEATURES);
}
