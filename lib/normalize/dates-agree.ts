// Whether two date mentions can describe the same time. Absolute values are day ranges (a
// day, a month, a year, or "first/last") and agree when the ranges overlap: "2025-10" and
// "2025-10-19" agree, "2024" and "2025-10" do not, and "last week" overlapping "October"
// agrees. Partial values ("month:9", "month:10-19", "weekday:0") agree or differ on what
// they do say; anything relative and unresolved is unknown (null), never a conflict.
import type { DateMention } from "../types";
import { type DayRange, monthDayOf, rangeOfValue, weekdayOf } from "./dates-calendar";

type Reading =
  | { kind: "range"; range: DayRange }
  | { kind: "month"; month: number; date: number | null }
  | { kind: "weekday"; weekday: number }
  | { kind: "unknown" };

const MONTH_VALUE = /^month:(\d{1,2})(?:-(\d{1,2}))?$/;
const WEEKDAY_VALUE = /^weekday:([0-6])$/;
// Checking day by day is exact and cheap up to this length; a longer range (a year) can hold
// any month or weekday, so it says nothing either way.
const MAX_SCAN_DAYS = 62;

function readValue(value: string | null): Reading {
  if (value === null) return { kind: "unknown" };
  const range = rangeOfValue(value);
  if (range) return { kind: "range", range };
  const month = MONTH_VALUE.exec(value);
  if (month) return { kind: "month", month: Number(month[1]), date: month[2] ? Number(month[2]) : null };
  const weekday = WEEKDAY_VALUE.exec(value);
  if (weekday) return { kind: "weekday", weekday: Number(weekday[1]) };
  return { kind: "unknown" };
}

function rangeHas(range: DayRange, test: (day: number) => boolean): boolean | null {
  if (range.last - range.first > MAX_SCAN_DAYS) return null;
  for (let day = range.first; day <= range.last; day++) if (test(day)) return true;
  return false;
}

function agreeWithRange(r: Reading, range: DayRange): boolean | null {
  switch (r.kind) {
    case "range":
      return r.range.first <= range.last && range.first <= r.range.last;
    case "month":
      return rangeHas(range, (day) => {
        const md = monthDayOf(day);
        return md.month === r.month && (r.date === null || md.date === r.date);
      });
    case "weekday":
      return rangeHas(range, (day) => weekdayOf(day) === r.weekday);
    default:
      return null;
  }
}

// "on Saturday" alone: whether it looks back or ahead rests on the tense of a verb, which the
// resolver may misread ("runs until Saturday" in a Friday article). Two reports of one event
// that name the same bare weekday mean the same day, whatever each resolved to.
const BARE_WEEKDAY = /^(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?$/i;

function bareWeekday(mention: DateMention): string | null {
  return BARE_WEEKDAY.exec(mention.text.trim())?.[1]?.toLowerCase() ?? null;
}

export function datesAgree(a: DateMention, b: DateMention): boolean | null {
  const wa = bareWeekday(a);
  if (wa !== null && wa === bareWeekday(b)) return true;
  const ra = readValue(a.value);
  const rb = readValue(b.value);
  if (ra.kind === "unknown" || rb.kind === "unknown") return null;
  if (rb.kind === "range") return agreeWithRange(ra, rb.range);
  if (ra.kind === "range") return agreeWithRange(rb, ra.range);
  if (ra.kind === "month" && rb.kind === "month") {
    if (ra.month !== rb.month) return false;
    return ra.date === null || rb.date === null || ra.date === rb.date;
  }
  if (ra.kind === "weekday" && rb.kind === "weekday") return ra.weekday === rb.weekday;
  // A weekday against a month without a year: the year would decide, and it is unknown.
  return null;
}
