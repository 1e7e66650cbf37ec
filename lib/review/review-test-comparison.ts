import type { Comparison, Group, ReviewEdit, Source } from "../types";

// For tests and the review benchmark only: a large, contract-valid comparison written here
// (no article text), and the edit list that once cost cubic time: every edit links one more
// sentence into the same group, so that group grows with the edit count.

const PLACES = ["Mill Street", "the river quay", "Harbour Road", "the old depot", "North Gate"];

function writeSentence(source: number, k: number): string {
  const place = PLACES[(k + source) % PLACES.length];
  return `Crews repaired water main ${k} near ${place} on day ${(k % 28) + 1}, at a cost of ${k * 3 + source} thousand dollars.`;
}

/** `sourceCount` sources of `perSource` sentences; group g{k} holds sentence k of every source. */
export function createLargeComparison(sourceCount: number, perSource: number): Comparison {
  const sources: Source[] = Array.from({ length: sourceCount }, (_, s) => ({
    id: `s${s + 1}`,
    title: `Report ${s + 1}`,
    outlet: null,
    url: null,
    publishedAt: "2031-03-01T08:00:00.000Z",
    sentences: Array.from({ length: perSource }, (_, k) => ({ id: `s${s + 1}.${k + 1}`, text: writeSentence(s, k + 1), paragraph: Math.floor(k / 4) + 1 })),
    removed: [],
  }));
  const groups: Group[] = Array.from({ length: perSource }, (_, k) => ({
    id: `g${k + 1}`,
    kind: "shared",
    members: sources.map((s) => ({ sourceId: s.id, sentenceIds: [`${s.id}.${k + 1}`] })),
    score: 0.8,
    conflicts: [],
    variants: [],
    diff: null,
  }));
  return { version: 1, id: "Scale000000000001", createdAt: "2031-03-01T09:00:00.000Z", sources, groups, stats: { shared: perSource, conflict: 0, unique: 0 }, warnings: [] };
}

/** `count` link edits into one group, g1, taking sentences 2, 3, ... of sources s2.. in turn. */
export function createGrowingLinks(count: number, sourceCount: number): ReviewEdit[] {
  return Array.from({ length: count }, (_, n) => {
    const source = 2 + (n % (sourceCount - 1));
    const sentence = 2 + Math.floor(n / (sourceCount - 1));
    return { op: "link", sentenceId: `s${source}.${sentence}`, groupId: "g1" };
  });
}

/**
 * `count` link edits filling g1, g2, ... in turn up to `perGroup` new sentences each, with
 * sentences taken from the end of sources s2.. (so never from a group being filled).
 */
export function createFillingLinks(count: number, sourceCount: number, perSource: number, perGroup: number): ReviewEdit[] {
  return Array.from({ length: count }, (_, n) => {
    const source = 2 + (n % (sourceCount - 1));
    const sentence = perSource - Math.floor(n / (sourceCount - 1));
    return { op: "link", sentenceId: `s${source}.${sentence}`, groupId: `g${1 + Math.floor(n / perGroup)}` };
  });
}
