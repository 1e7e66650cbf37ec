// Words and marks the comparison page uses for kinds, conflict types and removal reasons.
// Each kind always has a word and a glyph, so colour never carries meaning alone.
import type { ConflictType, Kind, RemovedReason, VariantType } from "@/lib/types";

export const KIND_NAMES: Readonly<Record<Kind, string>> = { conflict: "Conflict", shared: "Shared", unique: "Unique" };

export const KIND_GLYPHS: Readonly<Record<Kind, string>> = { conflict: "≠", shared: "=", unique: "○" };

export const KIND_PLURALS: Readonly<Record<Kind, [one: string, many: string]>> = {
  conflict: ["conflicting detail", "conflicting details"],
  shared: ["shared fact", "shared facts"],
  unique: ["unique fact", "unique facts"],
};

export const KIND_HINTS: Readonly<Record<Kind, string>> = {
  conflict: "Same fact, a detail differs",
  shared: "Stated alike by two or more sources",
  unique: "Stated by one source only",
};

/** Tint, ink and rule colours of a kind, as utility classes. */
export const KIND_TONES: Readonly<Record<Kind, string>> = {
  conflict: "bg-conflict-soft text-conflict-ink border-conflict-line",
  shared: "bg-shared-soft text-shared-ink border-shared-line",
  unique: "bg-unique-soft text-unique-ink border-unique-line",
};

/** The bar colour of a kind, for SVG shapes. */
export const KIND_SVG_FILLS: Readonly<Record<Kind, string>> = {
  conflict: "fill-conflict-bar",
  shared: "fill-shared-bar",
  unique: "fill-unique-bar",
};

/** The short name a conflict chip starts with: "quote: 'a' vs 'b'". */
export const CONFLICT_NAMES: Readonly<Record<ConflictType, string>> = {
  number: "number",
  date: "date",
  name: "name",
  place: "place",
  quote: "quote",
  attribution: "who said it",
  negation: "negation",
  other: "detail",
};

export const CONFLICT_SENTENCES: Readonly<Record<ConflictType, string>> = {
  number: "a number differs",
  date: "a date differs",
  name: "a name differs",
  place: "a place differs",
  quote: "the quotation differs",
  attribution: "who said it differs",
  negation: "one source negates it",
  other: "a detail differs",
};

export const VARIANT_NAMES: Readonly<Record<VariantType, string>> = {
  spelling: "Spelling",
  transliteration: "Transliteration",
  wording: "Wording",
};

export const REASON_NAMES: Readonly<Record<RemovedReason, string>> = {
  boilerplate: "Boilerplate",
  duplicate: "Duplicate",
  navigation: "Navigation",
  disclaimer: "Disclaimer",
  "error-page": "Error page",
  truncated: "Truncated",
  other: "Other",
};

export function pluralizeKind(kind: Kind, count: number): string {
  const [one, many] = KIND_PLURALS[kind];
  return count === 1 ? one : many;
}

/** Below the score a one-to-one link needs (lib/align DEFAULT_ALIGN_OPTIONS), a link was only grown from a neighbour. */
const WEAK_MATCH_SCORE = 0.25;

/**
 * The machine's confidence, in words and only where it should make a reader look twice: a
 * percentage beside every verdict ("Shared · 8%") reads as doubt about the verdict itself.
 */
export function describeMatch(score: number): string | null {
  return score < WEAK_MATCH_SCORE ? "Weak match: check that these state the same fact" : null;
}

/** Warnings say "source s3 …" (the engine's ids); readers know the source by its outlet. */
export function nameSourceInWarning(warning: string, label: (sourceId: string) => string): string {
  return warning.replace(/^source (s\d+)\b/, (_, id: string) => label(id));
}
