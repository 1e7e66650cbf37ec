import type { SentenceAnalysis } from "../types";

/** Reads neighbouring sentences as one statement, for one-to-many alignment and classifying. */
export function mergeAnalyses(list: readonly SentenceAnalysis[]): SentenceAnalysis {
  if (list.length === 1 && list[0]) return list[0];
  return {
    tokens: list.flatMap((a) => a.tokens),
    terms: list.flatMap((a) => a.terms),
    concepts: list.flatMap((a) => a.concepts),
    numbers: list.flatMap((a) => a.numbers),
    dates: list.flatMap((a) => a.dates),
    entities: list.flatMap((a) => a.entities),
    quotes: list.flatMap((a) => a.quotes),
    negations: list.flatMap((a) => a.negations),
    speakers: list.flatMap((a) => a.speakers),
    asides: list.flatMap((a) => a.asides),
  };
}
