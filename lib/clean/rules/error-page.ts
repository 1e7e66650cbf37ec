// Scrapers often save the site's error page around (or instead of) the article: a bare status
// code, an apology, a "page not found" message. Each is recognised by its vocabulary alone,
// never by the wording of one site, and only on short paragraphs that quote nobody.

import type { CleanRule } from "./rule-types";
import { anyOf, hasQuotation, isShortLine, stripTrailingMarks } from "./rule-types";

/** Words a status line may hold besides its 4xx/5xx code ("Error 404 - Not Found"). */
const STATUS_WORDS = new Set([
  "http", "error", "status", "code", "not", "found", "forbidden", "unauthorized", "unauthorised",
  "gone", "bad", "request", "internal", "server", "service", "unavailable", "gateway", "timeout",
  "time-out", "access", "denied", "page", "too", "many", "requests",
]);
const EXCLAMATIONS = new Set(["sorry", "oops", "whoops", "error", "uh", "oh", "uh-oh", "ouch", "yikes", "hmm"]);

const MISSING_PAGE_PHRASES = [
  "not (?:be )?found", "doesn'?t exist", "does not exist", "no longer (?:exists|available)",
  "(?:could|can)(?:no|'|’)?t be found", "cannot be found", "(?:is|are) (?:currently )?unavailable",
  "has been (?:re)?moved", "been deleted", "something went wrong", "you (?:were|are) looking for",
  "you requested", "permission to access",
];
const MISSING_PAGE = new RegExp(`\\b${anyOf(MISSING_PAGE_PHRASES)}\\b`, "i");
const PAGE_WORDS = /\b(?:page|article|content|story|url|link|resource|server|site)\b/i;
const APOLOGY_OPENERS = [
  "error", "sorry", "oops", "whoops", "we(?:'|’)?re sorry", "we are sorry", "unfortunately", "the page",
  "this page", "the requested", "access denied",
];
const APOLOGY_START = new RegExp(`^${anyOf(APOLOGY_OPENERS)}\\b`, "i");
const RENDER_FAILURE = new RegExp(
  anyOf([
    "\\b(?:enable|turn on|requires?) javascript\\b",
    "\\bjavascript is (?:disabled|required|turned off)\\b",
    "^access denied\\b",
    "\\bare you a (?:robot|human)\\b",
    "\\bverify (?:that )?you are (?:a )?human\\b",
  ]),
  "i",
);

function lowerWords(text: string): string[] {
  return stripTrailingMarks(text).toLowerCase().split(/[\s:;,.!–—-]+/).filter(Boolean);
}

/** "403", "404 Not Found", "Error 500: Internal Server Error". */
export const httpStatusLine: CleanRule = {
  name: "http-status-line",
  reason: "error-page",
  test(paragraph, context) {
    if (!isShortLine(paragraph, context, 8) || !/[45]\d\d/.test(paragraph)) return false;
    const words = lowerWords(paragraph);
    const codes = words.filter((word) => /^[45]\d\d$/.test(word)).length;
    return codes === 1 && words.every((word) => /^[45]\d\d$/.test(word) || STATUS_WORDS.has(word));
  },
};

/** "Sorry!!", "Oops!", "Error!" standing alone. */
export const errorExclamation: CleanRule = {
  name: "error-exclamation",
  reason: "error-page",
  test(paragraph, context) {
    if (!isShortLine(paragraph, context, 3) || hasQuotation(paragraph)) return false;
    const words = lowerWords(paragraph);
    return words.length > 0 && words.every((word) => EXCLAMATIONS.has(word));
  },
};

/** "Error! We're sorry, but the page you were looking for doesn't exist." and kin. */
export const missingPageMessage: CleanRule = {
  name: "missing-page-message",
  reason: "error-page",
  test(paragraph, context) {
    if (!isShortLine(paragraph, context, 40) || hasQuotation(paragraph)) return false;
    if (!MISSING_PAGE.test(paragraph) || !PAGE_WORDS.test(paragraph)) return false;
    // A news sentence can mention a missing page; an error page speaks to the visitor.
    return APOLOGY_START.test(paragraph) || /\byou\b/i.test(paragraph);
  },
};

/** "Please enable JavaScript", "Access denied": the page never rendered its story. */
export const renderFailure: CleanRule = {
  name: "render-failure",
  reason: "error-page",
  test(paragraph, context) {
    if (!isShortLine(paragraph, context, 40) || hasQuotation(paragraph)) return false;
    return RENDER_FAILURE.test(paragraph);
  },
};

export const ERROR_PAGE_RULES: CleanRule[] = [httpStatusLine, errorExclamation, missingPageMessage, renderFailure];
