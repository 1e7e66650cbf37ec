// Turning a month, a month and day, or a weekday without a year into a date, given when the
// article was published. Without a publication date the value stays partial ("month:9",
// "month:10-19", "weekday:0") so the agreement check can still compare like with like.
import {
  type Published,
  formatDay,
  formatMonth,
  isValidDate,
  mondayOf,
  toDayNumber,
  weekdayOf,
} from "./dates-calendar";
import type { Direction } from "./dates-lexicon";

// A future cue only moves a date forward this far: "Trump, who met Putin in August, will ..."
// still means the August that has passed, not one ten months ahead.
const MAX_FUTURE_DAYS = 183;
const MAX_FUTURE_MONTHS = 6;

/** Year of a bare month: "September" read in October 2025 is 2025-09, in August 2025 2024-09. */
export function resolveMonth(month: number, pub: Published | null, dir: Direction, cue: boolean): string {
  if (!pub) return `month:${month}`;
  const { year } = pub;
  const past = month <= pub.month ? year : year - 1;
  const strictlyPast = month < pub.month ? year : year - 1;
  const future = month >= pub.month ? year : year + 1;
  const strictlyFuture = month > pub.month ? year : year + 1;
  const monthsAhead = (future - year) * 12 + month - pub.month;
  const chosen =
    dir === "past" ? strictlyPast
    : dir === "future" ? strictlyFuture
    : dir === "same" ? year
    : cue && monthsAhead <= MAX_FUTURE_MONTHS ? future
    : past;
  return formatMonth(chosen, month);
}

/** Year of a month and day: the latest one on or before publication unless the text looks ahead. */
export function resolveMonthDay(
  month: number,
  date: number,
  pub: Published | null,
  dir: Direction,
  cue: boolean,
): string {
  const partial = `month:${month}-${date}`;
  if (!pub) return partial;
  if (pub.day === null) {
    const year = Number(resolveMonth(month, pub, dir, cue).slice(0, 4));
    return isValidDate(year, month, date) ? `${year}-${pad(month)}-${pad(date)}` : partial;
  }
  const today = pub.day;
  const dayIn = (y: number) => (isValidDate(y, month, date) ? toDayNumber(y, month, date) : null);
  const candidates = [pub.year - 1, pub.year, pub.year + 1].map(dayIn).filter((d): d is number => d !== null);
  const onOrBefore = candidates.filter((d) => d <= today).pop();
  const onOrAfter = candidates.find((d) => d >= today);
  let chosen: number | undefined;
  if (dir === "future") chosen = candidates.find((d) => d > today);
  else if (dir === "past") chosen = candidates.filter((d) => d < today).pop();
  else if (dir === "same") chosen = dayIn(pub.year) ?? undefined;
  else chosen = cue && onOrAfter !== undefined && onOrAfter - today <= MAX_FUTURE_DAYS ? onOrAfter : onOrBefore;
  return chosen === undefined ? partial : formatDay(chosen);
}

/** The weekday meant by "on Sunday", "last Sunday", "next Sunday" or "this Sunday". */
export function resolveWeekday(weekday: number, pub: Published | null, dir: Direction, cue: boolean): string {
  if (!pub || pub.day === null) return `weekday:${weekday}`;
  const today = pub.day;
  const back = (weekdayOf(today) - weekday + 7) % 7;
  const ahead = (weekday - weekdayOf(today) + 7) % 7;
  const chosen =
    dir === "past" ? today - (back === 0 ? 7 : back)
    : dir === "future" ? today + (ahead === 0 ? 7 : ahead)
    : dir === "same" ? mondayOf(today) + ((weekday + 6) % 7)
    : cue ? today + ahead
    : today - back;
  return formatDay(chosen);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}
