import type { SentenceAnalysis } from "../types";
import { attachFacts } from "./attach-facts";
import { buildGroups, type AlignedGroup, type Cohesion } from "./build-groups";
import { findCandidates, type SentenceRef } from "./find-candidates";
import { linkSourcePair, type LinkOptions, type RunLink } from "./link-source-pair";
import { factLinkModel, linkModel, measureLinks, scoreLink, type LinkModel } from "./link-features";
import { sharesOnlyNames } from "./name-only-link";
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

// Only pairs that could link or hold a group together are read for names alone (a cost bound).
const NAME_ONLY_CHECK = 0.1;

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
  const side = (s: number, i: number) => ({ analysis: sources[s]![i]!, bag: scorer.bags[s]![i]! });
  const bySourcePair = new Map<string, [SentenceRef, SentenceRef][]>();
  for (const pair of findCandidates(scorer.bags)) {
    const key = `${pair[0].source}|${pair[1].source}`;
    const list = bySourcePair.get(key) ?? [];
    list.push(pair);
    bySourcePair.set(key, list);
  }
  // P(link) of every candidate pair, kept when groups are to hold together by it (facts).
  const offsets: number[] = [];
  let count = 0;
  for (const list of sources) { offsets.push(count); count += list.length; }
  const linkP = new Map<number, number>();
  const links: RunLink[] = [];
  for (let s = 0; s < sources.length; s++) {
    for (let t = s + 1; t < sources.length; t++) {
      const scored = measureLinks(s, t, bySourcePair.get(`${s}|${t}`) ?? [], scorer).map((x) => ({ ...x, w: scoreLink(x.features, models.link) }));
      if (options.nameOnlyNoLink) for (const x of scored) if (x.w >= NAME_ONLY_CHECK && sharesOnlyNames(side(s, x.i), side(t, x.j))) x.w = 0;
      if (options.cohesionByLink) for (const { i, j, w } of scored) linkP.set((offsets[s]! + i) * count + offsets[t]! + j, w);
      links.push(...linkSourcePair(s, t, scored, scorer, options));
    }
  }
  const pairP = options.cohesionByLink
    ? (s: number, i: number, t: number, j: number) => (s < t ? linkP.get((offsets[s]! + i) * count + offsets[t]! + j) : linkP.get((offsets[t]! + j) * count + offsets[s]! + i)) ?? 0
    : scorer.score;
  const cohesion: Cohesion = (a, b) => {
    let sum = 0, n = 0;
    a.forEach((is, s) => b.forEach((js, t) => {
      if (s === t) return;
      for (const i of is) for (const j of js) { sum += pairP(s, i, t, j); n++; }
    }));
    return n ? sum / n : 1;
  };
  const groups = buildGroups(links, sources.map((s) => s.length), options.maxRun, cohesion, options.minCohesion, options.anyRuns);
  if (options.attachThreshold === undefined) return groups;
  // Cohesion by P(link) is zero for a pair that is not a candidate: a claim is only read
  // against the groups that hold one of its candidates.
  const partners = new Map<number, [number, number][]>();
  if (options.cohesionByLink) {
    for (let s = 0; s < sources.length; s++) for (let t = s + 1; t < sources.length; t++) {
      for (const [a, b] of bySourcePair.get(`${s}|${t}`) ?? []) {
        const [ka, kb] = [offsets[a.source]! + a.index, offsets[b.source]! + b.index];
        if (!partners.has(ka)) partners.set(ka, []);
        if (!partners.has(kb)) partners.set(kb, []);
        partners.get(ka)!.push([b.source, b.index]);
        partners.get(kb)!.push([a.source, a.index]);
      }
    }
  }
  return attachFacts(groups, cohesion, options.attachThreshold, options.cohesionByLink ? (s, i) => partners.get(offsets[s]! + i) ?? [] : undefined);
}
