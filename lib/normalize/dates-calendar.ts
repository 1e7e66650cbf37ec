// Calendar arithmetic on day numbers (days since 1970-01-01, UTC). Pure: Date is used only
// as a calculator on explicit dates, never to read the clock.
import type { AnalyzeContext } from "../types";

const DAY_MS = 86_400_000;

export interface Published {
  day: number | null; // day number, when the publication day is known
  year: number;
  month: number; // 1..12
}

const PUBLISHED = /^(\d{4})-(\d{2})(?:-(\d{2}))?/;

/** The publication date of the context, to the precision it is given; null when unknown. */
export function readPublished(ctx: AnalyzeContext): Published | null {
  const m = ctx.publishedAt ? PUBLISHED.exec(ctx.publishedAt) : null;
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  const day = m[3] ? toDayNumber(year, month, Number(m[3])) : null;
  return { year, month, day };
}

export function isValidDate(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toDayNumber(year: number, month: number, day: number): number {
  return Math.round(Date.UTC(year, month - 1, day) / DAY_MS);
}

/** "YYYY-MM-DD" of a day number. */
export function formatDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

export function formatMonth(year: number, month: number): string {
  return `${year}-${String(month).padStart(2, "0")}`;
}

export function formatRange(first: number, last: number): string {
  return first === last ? formatDay(first) : `${formatDay(first)}/${formatDay(last)}`;
}

/** 0 = Sunday ... 6 = Saturday, as Date.getUTCDay. */
export function weekdayOf(day: number): number {
  return (((day + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}

/** Monday of the week holding `day`: weeks run Monday to Sunday (ISO 8601). */
export function mondayOf(day: number): number {
  return day - ((weekdayOf(day) + 6) % 7);
}

export function shiftMonth(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + delta;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}

export interface DayRange {
  first: number;
  last: number;
}

const VALUE_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const VALUE_MONTH = /^(\d{4})-(\d{2})$/;
const VALUE_YEAR = /^(\d{4})$/;

/** The days an absolute value covers: a day, a month, a year or "first/last"; null otherwise. */
export function rangeOfValue(value: string): DayRange | null {
  const slash = value.indexOf("/");
  if (slash > 0) {
    const a = rangeOfValue(value.slice(0, slash));
    const b = rangeOfValue(value.slice(slash + 1));
    return a && b ? { first: a.first, last: b.last } : null;
  }
  let m = VALUE_DAY.exec(value);
  if (m) {
    const day = toDayNumber(Number(m[1]), Number(m[2]), Number(m[3]));
    return { first: day, last: day };
  }
  m = VALUE_MONTH.exec(value);
  if (m) {
    const y = Number(m[1]);
    const mo = Number(m[2]);
    return { first: toDayNumber(y, mo, 1), last: toDayNumber(y, mo, daysInMonth(y, mo)) };
  }
  m = VALUE_YEAR.exec(value);
  if (m) {
    const y = Number(m[1]);
    return { first: toDayNumber(y, 1, 1), last: toDayNumber(y, 12, 31) };
  }
  return null;
}

/** Month (1..12) and day of month of a day number. */
export function monthDayOf(day: number): { month: number; date: number } {
  const d = new Date(day * DAY_MS);
  return { month: d.getUTCMonth() + 1, date: d.getUTCDate() };
}
