// A page often opens with its masthead or section set beside the date, as one line: "Example
// Radio News - 5 November 2031, 07:00", "Metro | Politics | Friday 3 May 2031". It names the
// outlet and the day, not the story, and left in place it would pass for the headline. A line
// counts when it splits on a separator into short Title Case names and exactly such a date.

import type { CleanRule } from "./rule-types";
import { isShortLine } from "./rule-types";
import { isTitleCase, listWords } from "../text-shape";

const SEPARATOR = /\s+[|·•–—-]\s+|\s*\|\s*/;
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
  // A name may open in a script without letter case ("新闻Daily"): it counts as capitalised.
  return words.length >= 1 && words.length <= MAX_NAME_WORDS && (isTitleCase(part, words) || /^\p{Lo}/u.test(part));
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

// Words outlets name themselves with; an all-capitals part ("ORVENIA BUSINESS DAILY") counts too.
const OUTLET_WORD = /\b(?:news|daily|times|post|courier|herald|journal|gazette|radio|tv|tribune|press|wire|chronicle|observer|review|today|weekly|telegraph|express|mail|standard|magazine|online)\b/i;
const ALL_CAPS = /^[\p{Lu}\p{N}&'’. ]{4,}$/u;

/**
 * "Lakeport Courier | Local news": the outlet and its section, near the top, no date. Never the
 * first line: there "Harbour Bridge Approved | Lakeport Times" is a headline carrying its outlet.
 */
export const sectionMasthead: CleanRule = {
  name: "section-masthead",
  reason: "navigation",
  test(paragraph, context) {
    if (context.index < 1 || context.index > 5 || !isShortLine(paragraph, context, 10) || /\d|[.!?:]$/.test(paragraph.trim())) return false;
    const parts = paragraph.split(SEPARATOR).map((part) => part.trim());
    if (parts.length < 2 || parts.length > 4) return false;
    const shaped = parts.every((part) => /^\p{Lu}/u.test(part) && listWords(part).length <= MAX_NAME_WORDS);
    return shaped && parts.some((part) => OUTLET_WORD.test(part) || ALL_CAPS.test(part));
  },
};

export const MASTHEAD_RULES: CleanRule[] = [datedMasthead, sectionMasthead];
