// Bylines, photo credits, agency sign-offs and time stamps are metadata printed as text. They
// are removed from the story (the byline is kept as metadata by clean-source) and recorded.
// Each pattern needs the line to be short and, except sign-offs, not a finished sentence, so
// "By Tuesday, the water had gone." stays a sentence.

import type { CleanRule } from "./rule-types";
import { anyOf, factsOf, isShortLine } from "./rule-types";
import { isTitleCase } from "../text-shape";
import { isDateOnly } from "./masthead";

// Case is spelled out, not left to the `i` flag: under `iu`, \p{Lu} would match lower case too.
const BYLINE = /^[Bb][Yy]:?\s+(\p{Lu}.*)$/u;
const AUTHOR_LABEL = new RegExp(
  anyOf([
    "^(?:[Ww]ritten|[Rr]eported|[Cc]ompiled|[Ee]dited|[Pp]roduced|[Ww]ords|[Tt]ext|[Ss]tory) by\\s+\\p{Lu}",
    "^(?:[Aa]uthor|[Rr]eporter|[Ww]riter|[Cc]orrespondent|[Ee]ditor)s?\\s*:",
  ]),
  "u",
);
const PHOTO_LABEL = new RegExp(
  "^(?:file |main |top |lead |featured )?" +
    "(?:photo|photos|photograph|picture|pictures|image|images|video|graphic|illustration|pic)s?" +
    "(?: (?:credit|credits|courtesy|source|by))?\\s*[:|/©]",
  "i",
);
const PHOTO_CREDIT = /^(?:image|photo|picture|video) (?:credit|courtesy|source|caption)\b|^(?:credit|courtesy|caption)\s*:/i;
/** "Jane Doe contributed to this report", "Additional reporting contributed by ...". */
const CONTRIBUTOR = /\bcontributed (?:to (?:this|the) (?:report|story|article)|(?:additional )?reporting(?: (?:from|in) \p{Lu}[^.]{0,40})?)\.?$/iu;
const AGENCY = anyOf([
  "reuters", "ap photo", "ap", "afp", "getty images", "epa(?:-efe)?", "shutterstock", "anadolu(?: agency)?",
  "xinhua", "tass", "sputnik", "bloomberg", "istock", "alamy", "ria novosti", "pa images", "pa wire",
]);
const AGENCY_CREDIT = new RegExp(`^(?:[\\p{L} .'’-]{0,40}/)?${AGENCY}(?:\\s*(?:/|via)\\s*[\\p{L} .'’-]{0,40})?$`, "iu");
const AGENCY_WORD = new RegExp(`\\b${AGENCY}\\b`, "i");
const TRAILING_LABEL = /\((?:photo|image|picture|file photo|credit)s?\s*(?::|\s[-–—])[^()]{0,80}\)$/i;
/** "[AGENCY/AGENCY]", "[Jane Doe/Example Wire]": a square-bracketed slash credit ends a caption. */
const TRAILING_BRACKET_CREDIT = /\[[^[\]/]{1,40}\/[^[\]]{1,40}\]$/;
/** "FILE – Crowds at the harbour in 2029.": an archive photo's caption, flagged in capitals. */
const FILE_CAPTION = /^FILE(?: PHOTO)?\s*(?:[-–—:]|\/)\s/;
/** "(Jane Doe/Example Wire)": a slash credit naming an agency; a bare "(AFP)" is a sign-off. */
const TRAILING_SLASH = /\(([^()/]{1,40}\/[^()]{1,40})\)$/;
const SIGN_OFF_ROLES = [
  "(?:additional )?reporting", "writing", "editing", "compiled", "research", "graphics", "translation",
  "translated", "fact[- ]check(?:ing|ed)?",
];
const SIGN_OFF = new RegExp(`^[([]?\\s*${anyOf(SIGN_OFF_ROLES)} by\\b`, "i");
const STAMP_LABELS = ["published", "updated", "posted", "last updated", "first published", "modified", "posted on"];
/** What follows a stamp label: a number, a month or weekday, or a relative time. */
const STAMP_VALUES = [
  "\\d", "(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\b", "(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\b",
  "an? (?:hour|minute|day)", "yesterday", "today",
];
const TIMESTAMP = new RegExp(`^${anyOf(STAMP_LABELS)}(?: on| at)?\\s*:?\\s*${anyOf(STAMP_VALUES)}`, "i");
const READING_TIME = /^(?:less than |under |about )?\d+\s*(?:-\s*)?(?:min|mins|minute|minutes)(?: read| reading time)?$/i;
/** "Daily Example staff", "Jane Doe, Markets Correspondent": the role is not a name to test. */
const BYLINE_ROLE = /(?:,?\s+(?:staff|staff writers?|staff reporters?|reporters?|correspondents?|writers?|editors?|team|desk|newsroom))+$/i;
const STAFF_BYLINE = /^[Bb]y (?:our|an?) (?:own |special |staff |foreign |political |local )?(?:staff|correspondent|reporter|writer|team)s?$/;
const ROLE_WORDS = "(?:[Ee]ditor|[Cc]orrespondent|[Rr]eporter|[Ww]riter|[Cc]olumnist|[Jj]ournalist)s?";
/** "Jane Doe, Markets Correspondent": a name and a newsroom role, with no "By". */
const NAMED_ROLE = new RegExp(`^\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){1,3},\\s+(?:[\\p{L}-]+ ){0,3}${ROLE_WORDS}$`, "u");
/** Every byline form opens with "By", has "by" after a label, or a colon or comma. */
const BYLINE_HINT = /^[Bb][Yy]\b|\b[Bb]y\s|[:,]/;
/** Bylines share a line with other credits: "By Jane Doe | Photo: City archive · 4 min read". */
const CREDIT_SEPARATOR = /\s+[|·•]\s+/;

/** One byline: "By Jane Doe", "By Example Daily staff", "Written by ...", "Jane Doe, Editor". */
function isByline(text: string): boolean {
  if (STAFF_BYLINE.test(text) || NAMED_ROLE.test(text)) return true;
  const names = BYLINE.exec(text)?.[1]?.replace(BYLINE_ROLE, "");
  if (names === undefined) return AUTHOR_LABEL.test(text);
  return names.length > 0 && (isTitleCase(names) || names === names.toUpperCase());
}

/** What may follow a byline on its line: a date, a time stamp, a reading time, a photo credit. */
function isCreditPart(text: string): boolean {
  return (
    isDateOnly(text) || TIMESTAMP.test(text) || READING_TIME.test(text) || PHOTO_LABEL.test(text) ||
    PHOTO_CREDIT.test(text) || AGENCY_CREDIT.test(text)
  );
}

/** "By Jane Doe", "By JANE DOE and John Roe, Example Wire". Read by clean-source as the byline. */
export const bylineLine: CleanRule = {
  name: "byline",
  reason: "boilerplate",
  test(paragraph, context) {
    if (!isShortLine(paragraph, context, 16) || factsOf(context).endsSentence || !BYLINE_HINT.test(paragraph)) return false;
    const [first = "", ...rest] = paragraph.split(CREDIT_SEPARATOR);
    return isByline(first.trim()) && rest.every((part) => isCreditPart(part.trim()));
  },
};

/** "Photo: Jane Doe/Example Wire", "Image credit: ...", "REUTERS/Jane Doe", captions ending so. */
export const photoCredit: CleanRule = {
  name: "photo-credit",
  reason: "boilerplate",
  test(paragraph, context) {
    if (!isShortLine(paragraph, context, 40)) return false;
    if (PHOTO_LABEL.test(paragraph) || PHOTO_CREDIT.test(paragraph)) return true;
    if (AGENCY_CREDIT.test(paragraph) || TRAILING_LABEL.test(paragraph)) return true;
    if (TRAILING_BRACKET_CREDIT.test(paragraph.trimEnd()) || FILE_CAPTION.test(paragraph)) return true;
    const slash = TRAILING_SLASH.exec(paragraph)?.[1];
    return slash !== undefined && AGENCY_WORD.test(slash);
  },
};

/** "(Reporting by Jane Doe; Editing by John Roe)": the agency sign-off at the foot of a story. */
export const reportingSignOff: CleanRule = {
  name: "reporting-sign-off",
  reason: "boilerplate",
  test: (paragraph, context) => isShortLine(paragraph, context, 50) && SIGN_OFF.test(paragraph),
};

/** "Associated Example writer Jane Doe contributed to this report." */
export const contributorLine: CleanRule = {
  name: "contributor-line",
  reason: "boilerplate",
  test: (paragraph, context) => isShortLine(paragraph, context, 30) && CONTRIBUTOR.test(paragraph),
};

/** "Updated 3 hours ago", "Published: 12 March 2031", "4 min read". */
export const timestampLine: CleanRule = {
  name: "timestamp-line",
  reason: "boilerplate",
  test(paragraph, context) {
    if (!isShortLine(paragraph, context, 16)) return false;
    // "Posted on Monday, the notice told residents to leave." is a sentence, not a stamp.
    if (factsOf(context).endsSentence && factsOf(context).words > 8) return false;
    return TIMESTAMP.test(paragraph) || READING_TIME.test(paragraph);
  },
};

export const CREDIT_RULES: CleanRule[] = [bylineLine, photoCredit, reportingSignOff, contributorLine, timestampLine];
