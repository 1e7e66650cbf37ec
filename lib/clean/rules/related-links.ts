// Links out of the story: "Read more: <headline>", "Related:", tag lists, breadcrumbs. They are
// navigation, not reporting. A line is only taken when what follows the label is itself a link
// text (a headline) or nothing, so "Related talks began in May." stays a sentence.

import type { CleanRule } from "./rule-types";
import { anyOf, factsOf, isShortLine } from "./rule-types";
import { isHeadlineLike } from "../text-shape";

const LINK_LABELS = [
  "read more", "read also", "also read", "read next", "more to read", "see also", "also see", "related",
  "related (?:articles?|stories|story|coverage|content|links?|news|reading|topics)",
  "more from [\\p{L} ]{1,30}", "more on this(?: story)?", "more stories", "more news",
  "recommended(?: for you| stories| reading)?", "you (?:may|might) also like", "you (?:may|might) be interested in",
  "most (?:read|popular|viewed|shared)", "trending(?: now)?", "top stories", "latest(?: news| stories)?",
  "editor(?:'|’)?s picks?", "what to read next", "don(?:'|’)t miss", "watch", "listen", "continue reading",
  "read the full (?:story|article)", "click here(?: to read more)?",
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
    return rest.length === 0 || isHeadlineLike(rest);
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
