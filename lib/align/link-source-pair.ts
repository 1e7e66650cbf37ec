import type { SentenceRef } from "./find-candidates";
import { measureLinks, scoreLink } from "./link-features";
import { matchMaxWeight } from "./match-max-weight";
import type { PairScorer } from "./pair-scorer";

// Links between two sources: the optimal one-to-one matching of candidate pairs that clear the
// threshold, then each link may grow over neighbouring sentences of either side when one
// outlet splits into two or three sentences what another says in one.

export interface RunLink {
  s: number;
  runS: number[];
  t: number;
  runT: number[];
  score: number;
}

export interface LinkOptions {
  linkThreshold: number; // P(link) a one-to-one link needs, from the article-context model
  minPairScore: number; // P(same) from the sentence-pair model a link needs at the least
  neighbourThreshold: number; // P(same) a neighbour that continues the statement needs to join a run
  strongNeighbour: number; // P(same) a neighbour with a subject of its own needs
  maxRun: number; // sentences one side of a link may span
  coverageGain: number; // share of the single sentence a neighbour must newly cover to join
  minCohesion: number; // mean P(same) two groups need between them to become one
}

export function linkSourcePair(s: number, t: number, pairs: readonly [SentenceRef, SentenceRef][], scorer: PairScorer, o: LinkOptions): RunLink[] {
  const sizeS = scorer.bags[s]!.length, sizeT = scorer.bags[t]!.length;
  const edges = measureLinks(s, t, pairs, scorer)
    // Context can favour a pair but not make one: the sentences themselves must look alike.
    .filter(({ features }) => features.p >= o.minPairScore)
    .map(({ i, j, features }) => ({ i, j, w: scoreLink(features) }))
    .filter((e) => e.w >= o.linkThreshold);
  const matched = matchMaxWeight(edges);
  const takenS = new Set(matched.map((e) => e.i));
  const takenT = new Set(matched.map((e) => e.j));
  return matched.map((e) => {
    const link: RunLink = { s, runS: [e.i], t, runT: [e.j], score: scorer.score(s, e.i, t, e.j) };
    growRun(link, "T", takenT, sizeT, scorer, o);
    if (link.runT.length === 1) growRun(link, "S", takenS, sizeS, scorer, o);
    return link;
  });
}

/**
 * Grows the run on one side while each addition covers a real part of the other side's single
 * sentence that the run did not cover yet, and is itself about the same thing. Two neighbours
 * may join at once so that a weak middle sentence can bridge to a strong one. Returns how much
 * more of the single sentence the grown run covers.
 */
function growRun(link: RunLink, side: "T" | "S", taken: Set<number>, size: number, scorer: PairScorer, o: LinkOptions): number {
  const [one, oneSource, runSource] = side === "T" ? [link.runS[0]!, link.s, link.t] : [link.runT[0]!, link.t, link.s];
  const single = (k: number) => (side === "T" ? scorer.score(link.s, one, link.t, k) : scorer.score(link.s, k, link.t, one));
  const cover = (run: number[]) => scorer.coverage(oneSource, one, runSource, run);
  const start = cover(side === "T" ? link.runT : link.runS);
  for (;;) {
    const run = side === "T" ? link.runT : link.runS;
    if (run.length >= o.maxRun) return cover(run) - start;
    const first = run[0]!, last = run[run.length - 1]!;
    const base = cover(run);
    let best: number[] | null = null, bestGain = 0;
    for (const ext of [[first - 1], [last + 1], [first - 2, first - 1], [last + 1, last + 2]]) {
      if (run.length + ext.length > o.maxRun) continue;
      if (ext.some((k) => k < 0 || k >= size || taken.has(k))) continue;
      if (!ext.some((k) => single(k) >= o.neighbourThreshold)) continue;
      if (!ext.every((k) => single(k) >= o.strongNeighbour || continuesStatement(scorer, runSource, k, oneSource, one))) continue;
      const candidate = [...run, ...ext].sort((a, b) => a - b);
      const gain = (cover(candidate) - base) / ext.length;
      if (gain >= o.coverageGain && gain > bestGain) { best = candidate; bestGain = gain; }
    }
    if (!best) return cover(run) - start;
    for (const k of best) taken.add(k);
    if (side === "T") link.runT = best; else link.runS = best;
    link.score = Math.max(link.score, side === "T" ? scorer.scoreRuns(link.s, link.runS, link.t, best) : scorer.scoreRuns(link.s, best, link.t, link.runT));
  }
}

// Words that open a sentence continuing the previous one's subject: "His comments were ...",
// "She added ...". A neighbour that opens with a subject of its own ("Local shops said ...")
// is a new statement and must earn its place on its own score, unless it reports the same
// named speaker as the sentence it is joined to.
const ANAPHORA = new Set(["he", "she", "it", "they", "his", "her", "its", "their", "this", "that", "these", "those", "such"]);

const PRONOUN_SPEAKER = /\b(?:he|she|they) (?:said|says|added|adds|told|noted|stressed|explained|continued|went on)\b|\b(?:said|added|noted) (?:he|she|they)\b/;

function continuesStatement(scorer: PairScorer, source: number, k: number, otherSource: number, other: number): boolean {
  const neighbour = scorer.analysis(source, k);
  if (ANAPHORA.has(neighbour.tokens[0] ?? "")) return true;
  if (PRONOUN_SPEAKER.test(neighbour.tokens.join(" "))) return true;
  const speakers = scorer.analysis(otherSource, other).speakers;
  return neighbour.speakers.some((x) => speakers.includes(x));
}
