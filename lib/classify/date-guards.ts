import { rangeOfValue } from "../normalize/dates-calendar";
import type { DateMention } from "../types";

// Two outlets that date one event differently are a day, a month, at most a year or so apart
// ("the first since 2018" / "since 2019"). Dates further apart than that are two events: a
// storm of decades ago that one outlet compares with another outlet's record year, or a
// background sentence ("the plant opened in 1962") against the news ("closed on Tuesday").
// The same reasoning bounds rival figures by size (lib/normalize/same-quantity.ts).

/** Days between the two dates' ranges beyond which they cannot be one event reported twice. */
export const MAX_RIVAL_GAP_DAYS = 2 * 366;

export function areTwoEvents(x: DateMention, y: DateMention): boolean {
  const rx = x.value === null ? null : rangeOfValue(x.value);
  const ry = y.value === null ? null : rangeOfValue(y.value);
  if (!rx || !ry) return false;
  const gap = Math.max(rx.first - ry.last, ry.first - rx.last);
  return gap > MAX_RIVAL_GAP_DAYS;
}
