import type { ScoredPair } from "./link-features";
import { matchMaxWeight } from "./match-max-weight";
import type { PairScorer } from "./pair-scorer";
import { joinVerbs, REPORTING_VERBS } from "../normalize/reporting-verbs";

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
  /** Facts (contract v2): a source may hold non-adjacent units in one group (a restated fact). */
  anyRuns?: boolean;
  /** Facts: a unit also joins another multi-source group at this mean P(same) (attach-facts.ts). */
  attachThreshold?: number;
  /** Cohesion reads the article-context link model's P(link) instead of the sentence-pair P(same). */
  cohesionByLink?: boolean;
  /** Facts: besides the one-to-one best matching, every pair at this P(link) links too. */
  manyLinks?: number;
  /** Facts: a pair that shares only names and their titles never links (name-only-link.ts). */
  nameOnlyNoLink?: boolean;
}

/** `scored`: the candidate pairs of sources s and t with their features and P(link) `w`. */
export function linkSourcePair(s: number, t: number, scored: readonly (ScoredPair & { w: number })[], scorer: PairScorer, o: LinkOptions): RunLink[] {
  const edges = scored
    // Context can favour a pair but not make one: the sentences themselves must look alike.
    .filter(({ features, w }) => features.p >= o.minPairScore && w >= o.linkThreshold)
    .map(({ i, j, w }) => ({ i, j, w }));
  const best = matchMaxWeight(edges);
  const matched = o.manyLinks === undefined ? best : [...best, ...edges.filter((e) => e.w >= o.manyLinks! && !best.includes(e))];
  const links = matched.map((e): RunLink => ({ s, runS: [e.i], t, runT: [e.j], score: scorer.score(s, e.i, t, e.j) }));
  growRuns(links, { S: new Set(matched.map((e) => e.i)), T: new Set(matched.map((e) => e.j)) }, scorer, o);
  return links;
}

interface Growth {
  link: RunLink;
  side: "S" | "T";
  run: number[];
  gain: number;
}

/**
 * Grows runs best-first over all links of the source pair: the addition that newly covers the
 * largest share of its link's single sentence goes first, so when two links want the same
 * neighbour the one it says more for gets it, whatever order the links came in. An addition
 * must cover a real part of the single sentence that the run did not cover yet and continue
 * the statement; two neighbours may join at once so a weak middle sentence can bridge.
 */
function growRuns(links: RunLink[], taken: { S: Set<number>; T: Set<number> }, scorer: PairScorer, o: LinkOptions): void {
  // A link's best growth only changes when the link grows or a neighbour it wanted is taken,
  // so proposals are kept and redone for those links alone.
  const propose = (link: RunLink): Growth | null => {
    let best: Growth | null = null;
    for (const side of ["T", "S"] as const) {
      if ((side === "T" ? link.runS : link.runT).length > 1) continue; // one side of a link stays one sentence
      const growth = proposeGrowth(link, side, taken[side], scorer, o);
      if (growth && (!best || growth.gain > best.gain)) best = growth;
    }
    return best;
  };
  const proposals = new Map(links.map((link) => [link, propose(link)]));
  for (;;) {
    let best: Growth | null = null;
    for (const growth of proposals.values()) if (growth && (!best || growth.gain > best.gain)) best = growth;
    if (!best) return;
    const { link, side, run } = best;
    const added = run.filter((k) => !taken[side].has(k));
    for (const k of run) taken[side].add(k);
    if (side === "T") link.runT = run; else link.runS = run;
    link.score = Math.max(link.score, scorer.scoreRuns(link.s, link.runS, link.t, link.runT));
    for (const [other, growth] of proposals) {
      if (other === link || (growth && growth.side === side && growth.run.some((k) => added.includes(k)))) proposals.set(other, propose(other));
    }
  }
}

function proposeGrowth(link: RunLink, side: "S" | "T", taken: Set<number>, scorer: PairScorer, o: LinkOptions): Growth | null {
  const [one, oneSource, runSource, run] = side === "T" ? [link.runS[0]!, link.s, link.t, link.runT] : [link.runT[0]!, link.t, link.s, link.runS];
  if (run.length >= o.maxRun) return null;
  const size = scorer.bags[runSource]!.length;
  const single = (k: number) => scorer.score(oneSource, one, runSource, k);
  const cover = (r: number[]) => scorer.coverage(oneSource, one, runSource, r);
  const first = run[0]!, last = run[run.length - 1]!;
  const base = cover(run);
  let best: Growth | null = null;
  for (const ext of [[first - 1], [last + 1], [first - 2, first - 1], [last + 1, last + 2]]) {
    if (run.length + ext.length > o.maxRun) continue;
    if (ext.some((k) => k < 0 || k >= size || taken.has(k))) continue;
    if (!ext.some((k) => single(k) >= o.neighbourThreshold)) continue;
    if (!ext.every((k) => single(k) >= o.strongNeighbour || continuesStatement(scorer, runSource, k, oneSource, one))) continue;
    const candidate = [...run, ...ext].sort((a, b) => a - b);
    // A bridge is judged on what the pair of sentences adds together: the middle one may add
    // little of its own ("His comments were reported on Sunday") and still belong.
    const gain = cover(candidate) - base;
    if (gain >= o.coverageGain && (!best || gain > best.gain)) best = { link, side, run: candidate, gain };
  }
  return best;
}

// Words that open a sentence continuing the previous one's subject: "His comments were ...",
// "She added ...". A neighbour that opens with a subject of its own ("Local shops said ...")
// is a new statement and must earn its place on its own score, unless it reports the same
// named speaker as the sentence it is joined to.
const ANAPHORA = new Set(["he", "she", "it", "they", "his", "her", "its", "their", "this", "that", "these", "those", "such"]);

const SPEECH = joinVerbs(REPORTING_VERBS);
const PRONOUN_SPEAKER = new RegExp(`\\b(?:he|she|they) (?:${SPEECH}|continued|went on)\\b|\\b(?:${SPEECH}) (?:he|she|they)\\b`);

function continuesStatement(scorer: PairScorer, source: number, k: number, otherSource: number, other: number): boolean {
  const neighbour = scorer.analysis(source, k);
  if (ANAPHORA.has(neighbour.tokens[0] ?? "")) return true;
  if (PRONOUN_SPEAKER.test(neighbour.tokens.join(" "))) return true;
  const speakers = scorer.analysis(otherSource, other).speakers;
  return neighbour.speakers.some((x) => speakers.includes(x));
}
