import type { SentenceAnalysis } from "../types";
import { attachFacts } from "./attach-facts";
import { buildGroups, type AlignedGroup, type Cohesion } from "./build-groups";
import { findCandidates, type SentenceRef } from "./find-candidates";
import { linkSourcePair, type LinkOptions, type RunLink } from "./link-source-pair";
import { factLinkModel, linkModel, type LinkModel } from "./link-features";
import { createPairScorer } from "./pair-scorer";
import { pairModel, type PairModel } from "./score-pair";

// The align step: analysed sentences of 2..12 sources in, a partition of all of them into
// groups out (singletons included), in reading order of the first source that has each group.

export const DEFAULT_ALIGN_OPTIONS: LinkOptions = {
  linkThreshold: 0.25,
  minPairScore: 0.03,
  neighbourThreshold: 0.06,
  strongNeighbour: 0.3,
  maxRun: 3,
  coverageGain: 0.08,
  minCohesion: 0.1,
};

/** The fitted link models: the sentence-pair model and the article-context model (of sentences,
 * and of claims for the facts engine; without `factLink` the facts engine reads `link`). */
export interface AlignModels {
  pair: PairModel;
  link: LinkModel;
  factLink?: LinkModel;
}

export const DEFAULT_MODELS: AlignModels = { pair: pairModel, link: linkModel, factLink: factLinkModel };

export function alignSentences(sources: readonly SentenceAnalysis[][], options: LinkOptions = DEFAULT_ALIGN_OPTIONS, models: AlignModels = DEFAULT_MODELS): AlignedGroup[] {
  const scorer = createPairScorer(sources, models.pair);
  const bySourcePair = new Map<string, [SentenceRef, SentenceRef][]>();
  for (const pair of findCandidates(scorer.bags)) {
    const key = `${pair[0].source}|${pair[1].source}`;
    const list = bySourcePair.get(key) ?? [];
    list.push(pair);
    bySourcePair.set(key, list);
  }
  const links: RunLink[] = [];
  for (let s = 0; s < sources.length; s++) {
    for (let t = s + 1; t < sources.length; t++) {
      links.push(...linkSourcePair(s, t, bySourcePair.get(`${s}|${t}`) ?? [], scorer, options, models.link));
    }
  }
  const cohesion: Cohesion = (a, b) => {
    let sum = 0, n = 0;
    a.forEach((is, s) => b.forEach((js, t) => {
      if (s === t) return;
      for (const i of is) for (const j of js) { sum += scorer.score(s, i, t, j); n++; }
    }));
    return n ? sum / n : 1;
  };
  const groups = buildGroups(links, sources.map((s) => s.length), options.maxRun, cohesion, options.minCohesion, options.anyRuns);
  return options.attachThreshold === undefined ? groups : attachFacts(groups, cohesion, options.attachThreshold);
}
