// A page often opens with its masthead or section set beside the date, as one line: "Example
// Radio News - 5 November 2031, 07:00", "Metro | Politics | Friday 3 May 2031". It names the
// outlet and the day, not the story, and left in place it would pass for the headline. A line
// counts when it splits on a separator into short Title Case names and exactly such a date.

import type { CleanRule } from "./rule-types";
import { isShortLine } from "./rule-types";
import { isTitleCase, listWords } from "../text-shape";

const SEPARATOR = /\s+[|·•–—-]\s+/;
const MONTH = "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?";
const WEEKDAY = "(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,?\\s+)?";
const TIME = "(?:,?\\s+(?:at\\s+)?\\d{1,2}[:.]\\d{2}(?:\\s*[ap]\\.?m\\.?)?(?:\\s+[A-Z]{2,5})?)?";
const DATE = new RegExp(
  `^${WEEKDAY}(?:\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH},?\\s+\\d{4}|${MONTH}\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}|` +
    `\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[./]\\d{1,2}[./]\\d{2,4})${TIME}$`,
  "i",
);
/** A masthead or section name: a few capitalised words ("Radio East News", "World"). */
const MAX_NAME_WORDS = 5;

/** True when a whole part of a line is a calendar date, maybe with a time of day. */
export function isDateOnly(text: string): boolean {
  return text.length <= 60 && DATE.test(text.trim());
}

function isName(part: string): boolean {
  const words = listWords(part);
  return words.length >= 1 && words.length <= MAX_NAME_WORDS && isTitleCase(part, words);
}

/** "Example Radio News - 5 November 2031, 07:00": masthead or section and the date. */
export const datedMasthead: CleanRule = {
  name: "dated-masthead",
  reason: "navigation",
  test(paragraph, context) {
    // Every date form holds a digit; most lines are out before any splitting.
    if (!isShortLine(paragraph, context, 16) || !/\d/.test(paragraph)) return false;
    const parts = paragraph.split(SEPARATOR).map((part) => part.trim());
    if (parts.length < 2) return false;
    const dates = parts.filter(isDateOnly).length;
    return dates === 1 && parts.every((part) => isDateOnly(part) || isName(part));
  },
};

export const MASTHEAD_RULES: CleanRule[] = [datedMasthead];
