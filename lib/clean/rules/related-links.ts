// Links out of the story: "Read more: <headline>", "Related:", tag lists, breadcrumbs. They are
// navigation, not reporting. A line is only taken when what follows the label is itself a link
// text (a headline) or nothing, so "Related talks began in May." stays a sentence. After a
// label set off by a colon or a bar, a headline may be in sentence case ("Read more: Rents hit
// a record high"), and several may share the line, split by bars or bullets.

import type { CleanRule } from "./rule-types";
import { anyOf, factsOf, isShortLine } from "./rule-types";
import { countWords, endsSentence, isHeadlineLike } from "../text-shape";

const LINK_LABELS = [
  "read more", "read also", "also read", "read next", "more to read", "see also", "also see", "related",
  "related (?:articles?|stories|story|coverage|content|links?|news|reading|topics)",
  "more from [\\p{L} ]{1,30}", "more on this(?: story)?", "more stories", "more news",
  "recommended(?: for you| stories| reading)?", "you (?:may|might) also like", "you (?:may|might) be interested in",
  "most (?:read|popular|viewed|shared)", "trending(?: now)?", "top stories", "latest(?: news| stories)?",
  "editor(?:'|’)?s picks?", "what to read next", "don(?:'|’)t miss", "watch", "listen", "continue reading",
  "read the full (?:story|article)", "click here(?: to read more)?", "video", "audio", "podcast", "gallery",
  "in pictures", "explainer",
];
// Longest first: the alternation takes the first label that fits, and "related" must not win
// over "related stories" (which would leave "stories" looking like story text).
const LINK_LABEL = new RegExp(`^${anyOf([...LINK_LABELS].sort((a, b) => b.length - a.length))}(?=$|[\\s:.…»>|–—-])`, "iu");
const TAG_LABEL = /^(?:tags?|topics?|keywords?|filed under|categories|category|sections?|more about)\s*:/i;
const CRUMB_SEPARATOR = /\s[›»>|•·/]\s/;

function stripLabel(paragraph: string, label: string): string {
  const rest = paragraph.slice(label.length);
  let start = 0;
  while (start < rest.length && " :.…»>|–—-".includes(rest.charAt(start))) start++;
  return rest.slice(start);
}

/** Label and link set apart by a colon, bar, guillemet or dash, as link boxes print them. */
const SET_OFF = /^\s*[:|»>–—]|^\s+-\s/;
const LINK_SEPARATOR = /\s+[|•·]\s+/;
const MAX_LINK_WORDS = 20;

/**
 * A link text in sentence or title case: one short line that starts like a headline and does
 * not end like a sentence ("Rents hit record high", "Why do quakes strike at night?").
 */
export function isLinkText(text: string): boolean {
  const trimmed = text.trim();
  if (trimmed.length === 0 || trimmed.length > 160 || !/^[\p{Lu}\p{N}"“‘'«]/u.test(trimmed)) return false;
  const words = countWords(trimmed);
  if (words < 2 || words > MAX_LINK_WORDS) return false;
  if (/[:;,]$/.test(trimmed)) return false;
  return !endsSentence(trimmed) || trimmed.endsWith("?");
}

/** True for a bare link-list label: "Related stories", "More on this story:", "Most read". */
export function isLinkLabel(text: string): boolean {
  if (text.length > 80) return false;
  const label = LINK_LABEL.exec(text)?.[0];
  return label !== undefined && stripLabel(text, label).length === 0;
}

/** "Read more: Storm Hits Exampleville", "Related:", "Most read". */
export const readMoreLink: CleanRule = {
  name: "read-more-link",
  reason: "navigation",
  test(paragraph, context) {
    if (!isShortLine(paragraph, context, 30)) return false;
    const label = LINK_LABEL.exec(paragraph)?.[0];
    if (label === undefined) return false;
    const rest = stripLabel(paragraph, label);
    if (rest.length === 0 || isHeadlineLike(rest)) return true;
    if (!SET_OFF.test(paragraph.slice(label.length))) return false;
    return rest.split(LINK_SEPARATOR).every(isLinkText);
  },
};

/** "Tags: Belarus, Diplomacy, Security". */
export const tagList: CleanRule = {
  name: "tag-list",
  reason: "navigation",
  test: (paragraph, context) =>
    isShortLine(paragraph, context, 40) && TAG_LABEL.test(paragraph) && !factsOf(context).endsSentence,
};

/** "Home › World › Europe", "News | Sport | Weather | Culture". */
export const breadcrumbTrail: CleanRule = {
  name: "breadcrumb-trail",
  reason: "navigation",
  test(paragraph, context) {
    if (!isShortLine(paragraph, context, 24) || !CRUMB_SEPARATOR.test(paragraph)) return false;
    const parts = paragraph.split(CRUMB_SEPARATOR).map((part) => part.trim()).filter(Boolean);
    return parts.length >= 3 && parts.every((part) => part.split(" ").length <= 4 && isHeadlineLike(part));
  },
};

export const RELATED_LINK_RULES: CleanRule[] = [readMoreLink, tagList, breadcrumbTrail];
