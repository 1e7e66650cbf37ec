// The ordered list of date shapes. Every matcher runs over the whole text; a match that
// overlaps one already taken by an earlier matcher is dropped, so the order says which reading
// wins: full dates before month-and-year before a month alone, and years last, so the "2025"
// of "October 19, 2025" belongs to the full date.
import type { Published } from "./dates-calendar";
import { formatMonth, isValidDate } from "./dates-calendar";
import { MONTH_ALONE, MONTH_ANY, WEEKDAY, directionOf, monthNumber, weekdayNumber } from "./dates-lexicon";
import { RELATIVE_DATE, resolveRelative } from "./dates-relative";
import { resolveMonth, resolveMonthDay, resolveWeekday } from "./dates-resolve";
import { isQuantityWord } from "./numbers-lexicon";

export interface DateEnv {
  text: string;
  pub: Published | null;
  cue: boolean; // the text has a future-tense cue
}

export interface DateMatch {
  start: number;
  end: number;
  value: string | null;
}

export interface DateMatcher {
  name: string;
  pattern: RegExp; // global, with indices ("d") when a matcher trims a leading cue word
  read(m: RegExpExecArray, env: DateEnv): DateMatch | null;
}

const NOT_LETTER = "(?![A-Za-z])";
const span = (m: RegExpExecArray, value: string | null): DateMatch => ({ start: m.index, end: m.index + m[0].length, value });
const startOfGroup = (m: RegExpExecArray, ...groups: number[]) =>
  groups.map((g) => m.indices?.[g]?.[0]).find((i) => i !== undefined) ?? m.index;

function readFullDate(m: RegExpExecArray, env: DateEnv, month: number, date: number, year: string | undefined) {
  if (year) return isValidDate(Number(year), month, date) ? span(m, `${year}-${pad(month)}-${pad(date)}`) : null;
  if (date < 1 || date > 31) return null;
  return span(m, resolveMonthDay(month, date, env.pub, "guess", env.cue));
}

const pad = (n: number) => String(n).padStart(2, "0");
const MONTH_CUES = "in|since|from|until|till|by|during|through|throughout|of|before|after|between|and|or|to";
const MONTH_MODIFIERS = "this past|this coming|earlier in|later in|early|mid|late|last|next|this|past|coming";
const BOUND_BEFORE_YEAR =
  /(?:more than|fewer than|less than|over|under|at least|up to|about|around|nearly|almost|some|roughly|approximately|estimated)\s*$/i;
const WORD_AFTER = /^\s*([A-Za-z]+)/;

export const DATE_MATCHERS: readonly DateMatcher[] = [
  {
    name: "iso-date",
    pattern: /\b(\d{4})-(\d{2})(?:-(\d{2}))?\b/g,
    read(m) {
      const [year, month, date] = [Number(m[1]), Number(m[2]), m[3] ? Number(m[3]) : 1];
      if (!isValidDate(year, month, date)) return null;
      return span(m, m[3] ? `${m[1]}-${m[2]}-${m[3]}` : formatMonth(year, month));
    },
  },
  {
    name: "month-day-year",
    pattern: new RegExp(`\\b(?:${WEEKDAY},?\\s+)?(${MONTH_ANY})\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, "g"),
    read(m, env) {
      return readFullDate(m, env, monthNumber(m[1] ?? "") ?? 0, Number(m[2]), m[3]);
    },
  },
  {
    name: "day-month-year",
    pattern: new RegExp(
      `\\b(?:${WEEKDAY},?\\s+)?(?:the\\s+)?(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_ANY})${NOT_LETTER}(?:,?\\s+(\\d{4})\\b)?`,
      "g",
    ),
    read(m, env) {
      return readFullDate(m, env, monthNumber(m[2] ?? "") ?? 0, Number(m[1]), m[3]);
    },
  },
  {
    name: "month-year",
    pattern: new RegExp(`\\b(?:(?:early|mid|late)[\\s-]+)?(${MONTH_ANY})${NOT_LETTER},?\\s+(\\d{4})\\b`, "g"),
    read(m) {
      return span(m, formatMonth(Number(m[2]), monthNumber(m[1] ?? "") ?? 0));
    },
  },
  {
    name: "month-alone",
    pattern: new RegExp(`\\b(?:(${MONTH_CUES})\\s+)?(?:(${MONTH_MODIFIERS})[\\s-]+)?(${MONTH_ALONE})${NOT_LETTER}`, "gd"),
    read(m, env) {
      if (!m[1] && !m[2]) return null; // "May" or "June" alone is too often a name
      const start = startOfGroup(m, 2, 3);
      const value = resolveMonth(monthNumber(m[3] ?? "") ?? 0, env.pub, directionOf(m[2]), env.cue);
      return { start, end: m.index + m[0].length, value };
    },
  },
  {
    name: "weekday",
    pattern: new RegExp(`\\b(?:(on|this past|this coming|last|next|this|past|coming)\\s+)?(${WEEKDAY})\\b`, "g"),
    read(m, env) {
      const modifier = m[1] === "on" ? undefined : m[1];
      return span(m, resolveWeekday(weekdayNumber(m[2] ?? "") ?? 0, env.pub, directionOf(modifier), env.cue));
    },
  },
  {
    name: "relative",
    pattern: RELATIVE_DATE,
    read(m, env) {
      return span(m, resolveRelative(m, env.pub));
    },
  },
  {
    name: "year",
    // Not part of a bigger figure ("$2024", "1,2024", "2024.5") and not a decade ("1990s").
    pattern: /(?<![\d$€£.,])\b(?:(?:early|mid|late)[\s-]+)?((?:19|20)\d{2})\b(?![.,]\d|%|\+)/g,
    read(m, env) {
      const end = m.index + m[0].length;
      // "2000 people", "more than 2000": a quantity that happens to look like a year.
      const after = WORD_AFTER.exec(env.text.slice(end, end + 24))?.[1];
      if (after && isQuantityWord(after)) return null;
      if (BOUND_BEFORE_YEAR.test(env.text.slice(Math.max(0, m.index - 24), m.index))) return null;
      return span(m, m[1] ?? null);
    },
  },
];
