// Contract version 2 (and new version-1 comparisons): a conflict's or variant's value says
// where its source states it, so the page marks that place and not the first look-alike in
// the sentence. The place comes from the extractors' own offsets (numbers, dates, entities,
// quotations), found in the analysis of the member part the value was read from; the text is
// never searched for the value again, except for a negation, whose value the conflict rule
// cut from the part's own words.
import type { ConflictType, SentenceAnalysis, SourceValue, Span, TextSpan } from "../types";

/** One analysed part of a member: a whole sentence (offset 0) or a claim within it. */
export interface MemberPart {
  sentenceId: string;
  offset: number; // where the part starts in its sentence
  text: string;
  analysis: SentenceAnalysis;
}

type Finder = (analysis: SentenceAnalysis, text: string, value: string) => TextSpan | null;

const placeOf = (found: Partial<TextSpan> | undefined): TextSpan | null =>
  found && found.start !== undefined && found.end !== undefined ? { start: found.start, end: found.end } : null;

const inEntities: Finder = (a, _t, value) => placeOf(a.entities.find((e) => e.text === value));

// Each conflict type reads its values from one extractor; the ordered list names which.
const FINDERS: Record<ConflictType | "variant", Finder> = {
  number: (a, _t, value) => placeOf(a.numbers.find((n) => n.text === value)),
  date: (a, _t, value) => placeOf(a.dates.find((d) => d.text === value)),
  quote: (a, _t, value) => placeOf(a.quoteSpans?.[a.quotes.indexOf(value)]),
  name: inEntities,
  place: inEntities,
  attribution: inEntities,
  variant: inEntities,
  negation: (_a, text, value) => {
    const at = text.indexOf(value);
    return at < 0 ? null : { start: at, end: at + value.length };
  },
  other: () => null,
};

/** Where a member states a value: the first of its parts whose extractor found that text. */
export function locateValue(value: string, type: ConflictType | "variant", parts: readonly MemberPart[]): Span | undefined {
  const find = FINDERS[type];
  for (const part of parts) {
    const place = find(part.analysis, part.text, value);
    // An offset that does not spell the value (a stale or merged analysis) is no place at all.
    if (place && part.text.slice(place.start, place.end) === value) {
      return { sentenceId: part.sentenceId, start: part.offset + place.start, end: part.offset + place.end };
    }
  }
  return undefined;
}

/** The values with a `span` wherever their member's parts locate them. */
export function locateValues(values: readonly SourceValue[], type: ConflictType | "variant", partsOf: (sourceId: string) => readonly MemberPart[]): SourceValue[] {
  return values.map((v) => {
    if (v.span) return v;
    const span = locateValue(v.text, type, partsOf(v.sourceId));
    return span ? { ...v, span } : v;
  });
}
