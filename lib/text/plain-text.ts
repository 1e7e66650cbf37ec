// Rules for the short things people type or pages carry (titles, outlets, editor names, notes)
// before they are stored or shown. Two hazards: control characters, which PostgreSQL refuses
// (NUL) and no reader can see, and explicit bidirectional controls, which can show a name
// reversed ("tsoP grebtsO" drawn as "Ostberg Post") or reorder the text after it. Right-to-left
// scripts need neither: the Unicode bidi algorithm lays them out from the letters themselves.
import type { Comparison } from "../types";

/** C0 and C1 controls and DEL; tab, line feed and carriage return are ordinary text. */
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;

/** Embeddings and overrides (U+202A–U+202E) and isolates (U+2066–U+2069). */
const BIDI_CONTROLS = /[\u202a-\u202e\u2066-\u2069]/g;

/** Displayed dates: a calendar day in years 1000–9999, optionally followed by a time. */
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})(?:$|[T ])/;

export function stripControlChars(text: string): string {
  return text.replace(CONTROL_CHARS, "");
}

export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

/** "2025-10-19" for a real day written as an ISO date or date-time; null for anything else. */
export function readIsoDay(value: string | null | undefined): string | null {
  const match = ISO_DAY.exec(value?.trim() ?? "");
  if (!match) return null;
  const [, year, month, day] = match as unknown as [string, string, string, string];
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  const real = Number(year) >= 1000 && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
  return real ? `${year}-${month}-${day}` : null;
}

/**
 * The comparison as pages and share images show it: every name a person or page chose (titles,
 * outlets, the editor's name and notes) without bidi controls. Sentence text is left alone;
 * each sentence is its own block on the page, which ends any override inside it.
 */
export function neutraliseNames(comparison: Comparison): Comparison {
  const clean = (value: string | null): string | null => (value === null ? null : stripBidiControls(value));
  return {
    ...comparison,
    sources: comparison.sources.map((source) => ({ ...source, title: clean(source.title), outlet: clean(source.outlet) })),
    groups: comparison.groups.map((group) =>
      group.review?.note === undefined ? group : { ...group, review: { ...group.review, note: stripBidiControls(group.review.note) } },
    ),
    ...(comparison.review
      ? {
          review: {
            ...comparison.review,
            editor: clean(comparison.review.editor),
            ...(comparison.review.note === undefined ? {} : { note: stripBidiControls(comparison.review.note) }),
          },
        }
      : {}),
  };
}
