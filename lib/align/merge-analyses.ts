import type { SentenceAnalysis } from "../types";

/**
 * Reads neighbouring sentences as one statement, for one-to-many alignment and classifying.
 * `starts`, when given, is where each sentence begins in the joined text: the extractors' spans
 * then index that text, so a rule reading around a span reads the right words.
 */
export function mergeAnalyses(list: readonly SentenceAnalysis[], starts?: readonly number[]): SentenceAnalysis {
  if (list.length === 1 && list[0]) return list[0];
  const shift = <T extends { start?: number; end?: number }>(pick: (a: SentenceAnalysis) => readonly T[]) =>
    list.flatMap((a, k) => {
      const by = starts?.[k] ?? 0;
      return pick(a).map((x) => (by && x.start !== undefined && x.end !== undefined ? { ...x, start: x.start + by, end: x.end + by } : x));
    });
  const quoteSpans = starts && list.every((a) => a.quoteSpans) ? shift((a) => a.quoteSpans!) : undefined;
  return {
    tokens: list.flatMap((a) => a.tokens),
    terms: list.flatMap((a) => a.terms),
    concepts: list.flatMap((a) => a.concepts),
    numbers: starts ? shift((a) => a.numbers) : list.flatMap((a) => a.numbers),
    dates: starts ? shift((a) => a.dates) : list.flatMap((a) => a.dates),
    entities: starts ? shift((a) => a.entities) : list.flatMap((a) => a.entities),
    quotes: list.flatMap((a) => a.quotes),
    ...(quoteSpans ? { quoteSpans } : {}),
    negations: list.flatMap((a) => a.negations),
    speakers: list.flatMap((a) => a.speakers),
    asides: list.flatMap((a) => a.asides),
  };
}
