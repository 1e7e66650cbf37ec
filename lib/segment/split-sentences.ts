// The segment step: one paragraph in, its sentences out, with offsets into the paragraph.
// Finding candidates is one regex pass; deciding them is the ordered rule list in
// ./rules/index.ts (parse-latin style), so each edge case stays a small named rule.
import type { SentenceSpan } from "../types";
import { type Candidate, type SegmentRule, endsAtBreak, findCandidates, isSpace } from "./candidate";
import { SEGMENT_RULES } from "./rules/index";

/** Runs a candidate down the rules; returns the boundary offset, or null when it is not one. */
export function decideBoundary(candidate: Candidate, rules: readonly SegmentRule[]): number | null {
  let c = candidate;
  for (const rule of rules) {
    const verdict = rule.apply(c);
    if (verdict === undefined) continue;
    if (verdict === "join") return null;
    if (verdict === "split") return c.end;
    c = { ...c, end: verdict.end };
  }
  return endsAtBreak(c) ? c.end : null;
}

function pushTrimmed(out: SentenceSpan[], paragraph: string, from: number, to: number): void {
  let start = from;
  let end = to;
  while (start < end && isSpace(paragraph[start])) start++;
  while (end > start && isSpace(paragraph[end - 1])) end--;
  if (end > start) out.push({ text: paragraph.slice(start, end), start, end });
}

export function splitSentences(paragraph: string, rules: readonly SegmentRule[] = SEGMENT_RULES): SentenceSpan[] {
  const boundaries: number[] = [];
  for (const candidate of findCandidates(paragraph)) {
    const at = decideBoundary(candidate, rules);
    // Rules only move boundaries forward, so the list stays sorted; skip repeats.
    if (at !== null && at > (boundaries[boundaries.length - 1] ?? 0)) boundaries.push(at);
  }
  const out: SentenceSpan[] = [];
  let from = 0;
  for (const at of boundaries) {
    pushTrimmed(out, paragraph, from, at);
    from = at;
  }
  pushTrimmed(out, paragraph, from, paragraph.length);
  return out;
}
