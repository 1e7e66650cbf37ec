// Relative expressions ("yesterday", "last week", "earlier this year", "two days ago"),
// resolved against the publication date. A week is a range of days written "first/last"
// (ISO 8601 interval); "last week" runs from the Monday of the previous week to the day before
// publication, because reporters use it both for the previous calendar week and for "within
// the past seven days", and a wider range avoids false conflicts.
import { type Published, formatDay, formatMonth, formatRange, mondayOf, shiftMonth, weekdayOf } from "./dates-calendar";
import { SMALL_NUMBERS } from "./numbers-lexicon";

const ENDS_BACKWARD = /(?:^|\s)(?:last|past|previous)$/;
const ENDS_FORWARD = /(?:^|\s)(?:next|coming|following)$/;

export const RELATIVE_DATE = new RegExp(
  "\\b(?:(yesterday|today|tonight|tomorrow)" +
    "|(earlier this|later this|early this|late this|earlier in the|late last|early last|" +
    "early next|late next|the past|the last|the previous|the coming|the next|the following|" +
    "last|this|next|past|previous|coming|following)\\s+(week|weekend|month|year)" +
    "|(an?|one|two|three|four|five|six|seven|eight|nine|ten|\\d{1,2})\\s+(days?|weeks?|months?|years?)\\s+ago)\\b",
  "gi",
);

type Step = -1 | 0 | 1 | "rolling-past" | "rolling-next";

function stepOf(modifier: string): Step {
  const m = modifier.toLowerCase().replace(/\s+/g, " ");
  if (m === "the past" || m === "the last") return "rolling-past";
  if (m === "the next" || m === "the coming") return "rolling-next";
  if (ENDS_BACKWARD.test(m)) return -1;
  if (ENDS_FORWARD.test(m)) return 1;
  return 0;
}

function resolveDay(word: string, today: number): string {
  const shift = { yesterday: -1, today: 0, tonight: 0, tomorrow: 1 }[word.toLowerCase()] ?? 0;
  return formatDay(today + shift);
}

function resolveUnit(unit: string, step: Step, pub: Published): string | null {
  const today = pub.day;
  const u = unit.toLowerCase();
  if (u === "month" && typeof step === "number") {
    const m = shiftMonth(pub.year, pub.month, step);
    return formatMonth(m.year, m.month);
  }
  if (u === "year" && typeof step === "number") return String(pub.year + step);
  if (today === null) return null;
  if (step === "rolling-past") return formatRange(today - (u === "year" ? 365 : u === "month" ? 30 : 7), today);
  if (step === "rolling-next") return formatRange(today, today + (u === "year" ? 365 : u === "month" ? 30 : 7));
  const monday = mondayOf(today);
  if (u === "week") {
    return step === -1 ? formatRange(monday - 7, today - 1) : formatRange(monday + 7 * step, monday + 7 * step + 6);
  }
  // weekend: the last one ended before publication, this week's, or next week's.
  if (step === -1) {
    const sunday = today - (weekdayOf(today) === 0 ? 7 : weekdayOf(today));
    return formatRange(sunday - 1, sunday);
  }
  return formatRange(monday + 7 * step + 5, monday + 7 * step + 6);
}

function resolveAgo(count: string, unit: string, pub: Published): string | null {
  const n = /^\d+$/.test(count) ? Number(count) : (SMALL_NUMBERS[count.toLowerCase()] ?? 1);
  const u = unit.toLowerCase().replace(/s$/, "");
  if (u === "year") return String(pub.year - n);
  if (u === "month") {
    const m = shiftMonth(pub.year, pub.month, -n);
    return formatMonth(m.year, m.month);
  }
  if (pub.day === null) return null;
  // "two weeks ago" is loose by nature: allow half a week either side.
  return u === "day" ? formatDay(pub.day - n) : formatRange(pub.day - 7 * n - 3, pub.day - 7 * n + 3);
}

/** The value of one RELATIVE_DATE match, or "relative:<phrase>" when it cannot be resolved. */
export function resolveRelative(m: RegExpExecArray, pub: Published | null): string {
  const slug = `relative:${m[0].toLowerCase().replace(/\s+/g, "-")}`;
  if (!pub) return slug;
  let value: string | null = null;
  if (m[1]) value = pub.day === null ? null : resolveDay(m[1], pub.day);
  else if (m[2] && m[3]) value = resolveUnit(m[3], stepOf(m[2]), pub);
  else if (m[4] && m[5]) value = resolveAgo(m[4], m[5], pub);
  return value ?? slug;
}
