// Month and weekday names, and the cues the resolver reads. Month names must be capitalised:
// "may" and "march" are common lowercase words, and "May" alone (Theresa May) or "Jan" alone
// (a first name) is only a month with a day, a year, or a cue word such as "in".

export const MONTH_INDEX: Readonly<Record<string, number>> = {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5,
  jun: 6, june: 6, jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9,
  oct: 10, october: 10, nov: 11, november: 11, dec: 12, december: 12,
};

export const WEEKDAY_INDEX: Readonly<Record<string, number>> = {
  sunday: 0, monday: 1, tuesday: 2, wednesday: 3, thursday: 4, friday: 5, saturday: 6,
};

/** Full month names, or abbreviations with an optional period (for dates with a day or year). */
export const MONTH_ANY =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|" +
  "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?)";

/** Month alone: full names or abbreviations that carry their period ("in Sept."). */
export const MONTH_ALONE =
  "(?:January|February|March|April|May|June|July|August|September|October|November|December|" +
  "(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.)";

export const WEEKDAY = "(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday)";

export function monthNumber(name: string): number | null {
  return MONTH_INDEX[name.replace(/\.$/, "").toLowerCase()] ?? null;
}

export function weekdayNumber(name: string): number | null {
  return WEEKDAY_INDEX[name.toLowerCase()] ?? null;
}

// Future tense in the sentence tips a bare "Sunday" or "November" toward the next one; news
// otherwise reports the past, so the default is the most recent occurrence.
const FUTURE_CUE =
  /\b(?:will|won't|shall|is to|are to|scheduled|expected to|set to|plans? to|planned|due to|upcoming)\b|'ll\b/i;

export function hasFutureCue(text: string): boolean {
  return FUTURE_CUE.test(text);
}

/** How a modifier before a month or weekday picks among its occurrences. */
export type Direction = "past" | "future" | "same" | "guess";

export function directionOf(modifier: string | undefined): Direction {
  switch ((modifier ?? "").toLowerCase().replace(/\s+/g, " ")) {
    case "last":
    case "past":
    case "this past":
      return "past";
    case "next":
    case "coming":
    case "this coming":
      return "future";
    case "this":
      return "same";
    default:
      return "guess";
  }
}
