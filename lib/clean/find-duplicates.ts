// Scraped pages repeat themselves (a lead printed twice, a paragraph in both the teaser and the
// body). A later copy is a duplicate when it has the same words once case, quote marks, dashes
// and spacing are folded, or, for texts long enough to judge, when nearly all its word pairs are
// shared with an earlier text. Pairs of words, not single words: two different sentences on one
// event share most words, but rarely most of their word order.

import { foldText } from "./text-shape";

/** Texts shorter than this only count as duplicates when their words are identical. */
const MIN_NEAR_WORDS = 8;
const NEAR_JACCARD = 0.85;
/**
 * Near-copy comparison reads at most this many words of a text (exact comparison reads all):
 * real paragraphs and sentences are far shorter, and a runaway "paragraph" must not cost seconds.
 */
const MAX_NEAR_WORDS = 3_000;

/** The words of a text after folding, joined by single spaces; punctuation never counts. */
function foldToWordKey(text: string): string {
  return foldText(text).replace(/[^\p{L}\p{N}%$€£]+/gu, " ").trim();
}

function listShingles(words: string[]): Set<string> {
  const shingles = new Set<string>();
  for (let i = 0; i + 1 < words.length; i++) shingles.add(`${words[i]} ${words[i + 1]}`);
  return shingles;
}

/** Shingles held by more texts than this ("of the", "said on") stop being indexed. */
const MAX_POSTINGS = 64;
/** How many of the best-sharing earlier texts get an exact Jaccard check. */
const CHECKED_CANDIDATES = 3;

/** Indices of texts that repeat (exactly or nearly) an earlier text, in ascending order. */
export function findDuplicates(texts: string[]): number[] {
  const seenExact = new Set<string>();
  // Inverted index from shingle to earlier texts, capped per shingle, so the cost follows
  // rare shared word pairs rather than n² comparisons.
  const postings = new Map<string, number[]>();
  const shingleSets: Set<string>[] = [];
  const duplicates: number[] = [];
  texts.forEach((text, index) => {
    const key = foldToWordKey(text);
    shingleSets.push(new Set());
    if (key.length === 0) return;
    if (seenExact.has(key)) {
      duplicates.push(index);
      return;
    }
    seenExact.add(key);
    const words = key.slice(0, MAX_NEAR_WORDS * 20).split(" ").slice(0, MAX_NEAR_WORDS);
    if (words.length < MIN_NEAR_WORDS) return;
    const shingles = listShingles(words);
    if (isNearCopy(shingles, postings, shingleSets)) {
      duplicates.push(index);
      return;
    }
    shingleSets[index] = shingles;
    for (const shingle of shingles) appendPosting(postings, shingle, index);
  });
  return duplicates;
}

function appendPosting(postings: Map<string, number[]>, shingle: string, index: number): void {
  const list = postings.get(shingle);
  if (!list) postings.set(shingle, [index]);
  else if (list.length < MAX_POSTINGS) list.push(index);
}

function isNearCopy(shingles: Set<string>, postings: Map<string, number[]>, shingleSets: Set<string>[]): boolean {
  const shared = new Map<number, number>();
  for (const shingle of shingles) {
    for (const earlier of postings.get(shingle) ?? []) shared.set(earlier, (shared.get(earlier) ?? 0) + 1);
  }
  const best = [...shared].sort((a, b) => b[1] - a[1]).slice(0, CHECKED_CANDIDATES);
  return best.some(([earlier]) => measureJaccard(shingles, shingleSets[earlier] ?? new Set()) >= NEAR_JACCARD);
}

function measureJaccard(a: Set<string>, b: Set<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (large.size === 0 || small.size / large.size < NEAR_JACCARD) return 0;
  let common = 0;
  for (const shingle of small) if (large.has(shingle)) common++;
  return common / (a.size + b.size - common);
}
