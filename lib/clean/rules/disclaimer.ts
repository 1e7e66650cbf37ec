// Syndication sites append legal text: a "Disclaimer" heading with the block it heads, "provided
// as is without warranty" language, copyright lines. Legal boilerplate uses a small stock of
// phrases no news sentence needs, so one strong phrase is enough, and two weak ones together.

import type { CleanRule } from "./rule-types";
import { factsOf, isShortLine, stripTrailingMarks } from "./rule-types";

const HEADING = /^(?:legal |important |editorial |investment |financial )?(?:disclaimer|disclosure|terms of use|terms and conditions)s?$/i;
const LABELLED = /^(?:legal |important )?disclaimer\s*[:\-–—]/i;

/** Phrases that only legal boilerplate uses. */
const STRONG = [
  /\bwithout (?:any )?warrant(?:y|ies)\b/i,
  /\ball rights reserved\b/i,
  /\bfor (?:general )?informational purposes only\b/i,
  /\b(?:does|do|shall) not constitute (?:\w+ )?(?:financial|investment|legal|professional) advice\b/i,
  /\bdo(?:es)? not necessarily (?:reflect|represent) the (?:views|opinions|position)\b/i,
  /\bprovided (?:on an )?["“]?as[- ]is["”]?/i,
  /^(?:©|\(c\)|copyright\s*(?:©|\(c\))?\s*\d{4})/i,
];
/** Phrases legal text is full of but a story may use once. */
const WEAK = [
  /\b(?:accept|assume)s? (?:any|no) (?:responsibility|liability)\b/i,
  /\baccuracy,? (?:or )?(?:completeness|reliability)\b/i,
  /\bwithout (?:prior )?(?:written )?permission\b/i,
  /\bviews (?:and opinions )?expressed\b/i,
  /\bcopyright\b/i,
  /\bkindly contact\b/i,
  /\bthird[- ]part(?:y|ies)\b/i,
  /\bnot (?:be )?(?:held )?responsible for\b/i,
  /\bterms of (?:use|service)\b/i,
  /\bprivacy policy\b/i,
];
const MAX_LEGAL_CHARS = 3000;
/** One cheap test that every STRONG or WEAK phrase passes, run before the dozen real ones. */
const LEGAL_HINT = new RegExp(
  "warrant|reserved|informational|constitute|necessarily|as[- ]is|©|\\(c\\)|copyright|responsib|liab|accura|" +
    "permission|views|kindly|third|privacy|terms of",
  "i",
);

function countMatches(text: string, patterns: RegExp[]): number {
  return patterns.reduce((count, pattern) => count + (pattern.test(text) ? 1 : 0), 0);
}

/** "Disclaimer", "Legal Disclaimer:" on a line of its own. */
export const disclaimerHeading: CleanRule = {
  name: "disclaimer-heading",
  reason: "disclaimer",
  test: (paragraph, context) => isShortLine(paragraph, context, 5) && HEADING.test(stripTrailingMarks(paragraph)),
};

/** The paragraph a disclaimer heading heads, whatever it says. */
export const disclaimerBody: CleanRule = {
  name: "disclaimer-body",
  reason: "disclaimer",
  test: (_paragraph, context) => context.matched[context.index - 1] === disclaimerHeading.name,
};

/** Legal text by its phrasing, headed or not, or a paragraph opening with "Disclaimer:". */
export const legalText: CleanRule = {
  name: "legal-text",
  reason: "disclaimer",
  test(paragraph, context) {
    if (paragraph.length > MAX_LEGAL_CHARS) return false;
    if (LABELLED.test(paragraph)) return true;
    if (!LEGAL_HINT.test(paragraph)) return false;
    const strong = countMatches(paragraph, STRONG);
    const weak = countMatches(paragraph, WEAK);
    // Three weak phrases, four in a long paragraph: a story on a privacy lawsuit can use two.
    const needed = factsOf(context).words > 80 ? 4 : 3;
    return strong >= 1 || weak >= needed;
  },
};

/** A legal block continues after its first paragraph while the text stays legal-sounding. */
export const legalContinuation: CleanRule = {
  name: "legal-continuation",
  reason: "disclaimer",
  test(paragraph, context) {
    const previous = context.matched[context.index - 1];
    if (previous !== disclaimerBody.name && previous !== legalText.name) return false;
    return isShortLine(paragraph, context, 60) && countMatches(paragraph, WEAK) >= 1;
  },
};

export const DISCLAIMER_RULES: CleanRule[] = [disclaimerHeading, disclaimerBody, legalText, legalContinuation];
