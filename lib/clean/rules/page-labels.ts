// Lines a page prints around the story that are not statements: markup and script left by a
// scraper, labels that head a section ("By the numbers:", "What we know"), capitals-only
// subheads, and prompts to stay, click or watch. Each test reads the line's shape (no letters;
// code punctuation; a short clause ending in a colon; all capitals) before any wording, and each
// leaves lines that report, quote or attribute something.

import type { CleanRule, RuleContext } from "./rule-types";
import { factsOf, hasAttribution, hasQuotation, isShortLine } from "./rule-types";
import { listWords } from "../text-shape";

/** No letter or digit at all: "-", "* * *", and HTML comment remains such as "<!-- -->". */
export function isLetterless(text: string): boolean {
  return !/[\p{L}\p{N}]/u.test(text);
}

/** Markup a scraper let through: tags and comment marks only ("<!–>", "–> <!–>", "</div>"). */
const MARKUP_ONLY = /^(?:\s*(?:<!?-*[–—-]*>|[–—-]+>|<\/?[a-z][a-z0-9]*(?:\s[^<>]{0,80})?\/?>))+\s*$/i;
/** Tokens of inline script: "window.x", ".push({", "||", "=>", "{}" and a closing "});". */
const CODE_TOKENS = [/\b(?:window|document|googletag|dataLayer)\.\w/, /\.push\s*\(/, /\|\|/, /=>/, /\{\s*\}/, /\)\s*;\s*$/, /\[\s*\]/];
const MIN_CODE_TOKENS = 2;

/** "<!–>", "* * *", "(adsbygoogle = window.adsbygoogle || []).push({});". */
export const markupDebris: CleanRule = {
  name: "markup-debris",
  reason: "boilerplate",
  test(paragraph, context) {
    if (paragraph.length > 600) return false;
    if (isLetterless(paragraph) || MARKUP_ONLY.test(paragraph)) return true;
    return CODE_TOKENS.filter((token) => token.test(paragraph)).length >= MIN_CODE_TOKENS && factsOf(context).words <= 30;
  },
};

/** Longest section label: "What they're saying:", "Why it matters to you:". */
const MAX_LABEL_WORDS = 6;
/** A list item: a bullet, a number or letter with a mark, or a dash. */
const LIST_ITEM = /^(?:[-–—•·*▪◦]\s|\(?\d{1,2}[.)]\s|\(?[a-z][.)]\s)/;

/** The next paragraph that has letters, skipping markup debris between them. */
function nextWithLetters(context: RuleContext): string {
  for (let i = context.index + 1; i < context.paragraphs.length; i++) {
    const text = context.paragraphs[i] ?? "";
    if (!isLetterless(text) && !MARKUP_ONLY.test(text)) return text.trim();
  }
  return "";
}

/**
 * "By the numbers:", "What's next:", "Select language:": a short label ending in a colon that
 * heads a section of prose. A colon line that opens a list ("The victims were:" above names)
 * or reports speech ("He added:") is part of the story.
 */
export const sectionLabel: CleanRule = {
  name: "section-label",
  reason: "boilerplate",
  test(paragraph, context) {
    const text = paragraph.trim();
    if (!text.endsWith(":") || !isShortLine(text, context, MAX_LABEL_WORDS) || hasAttribution(text) || hasQuotation(text)) return false;
    const next = nextWithLetters(context);
    return next.length > 0 && !isListStart(next);
  },
};

/** True when the line after a colon label starts a list of short items rather than prose. */
function isListStart(next: string): boolean {
  if (LIST_ITEM.test(next)) return true;
  // Names or figures one per line: the next line is short and unpunctuated.
  return listWords(next).length <= 4 && !/[.!?]["”’)]?$/.test(next);
}

/** "Here's what we know", "What you need to know", "Key takeaways": a label over a summary. */
const SUMMARY_LABEL = /^(?:here(?:'|’)?s |this is )?what (?:we|you) (?:know|need to know|should know)(?: so far| now)?[.:]?$|^(?:key (?:takeaways|points|facts)|at a glance|the latest|catch up)[.:]?$/i;

export const summaryLabel: CleanRule = {
  name: "summary-label",
  reason: "boilerplate",
  test: (paragraph, context) => isShortLine(paragraph, context, 8) && SUMMARY_LABEL.test(paragraph.trim()),
};

/** Words of a capitals-only subhead: "THE LONG NIGHT", "⚡ WHAT COMES NEXT". */
const MAX_CAPS_WORDS = 10;

/**
 * "THE LONG NIGHT" between paragraphs: a subhead or an image label set in capitals. No story
 * sentence is written in capitals only; a wire's dateline line ("LAKEPORT") is one too.
 */
export const capitalsSubhead: CleanRule = {
  name: "capitals-subhead",
  reason: "boilerplate",
  test(paragraph, context) {
    if (!isShortLine(paragraph, context, MAX_CAPS_WORDS) || /[.!?]$/.test(paragraph.trim())) return false;
    const letters = paragraph.replace(/[^\p{L}]/gu, "");
    if (letters.length < 6 || letters !== letters.toUpperCase() || letters === letters.toLowerCase()) return false;
    // A story must surround it: at the very top, capitals are a masthead or the headline.
    return context.index > 0 && context.facts.slice(0, context.index).some((fact) => fact.endsSentence && fact.words >= 8);
  },
};

/** "Click here to download our app", "Stay tuned for updates", "Watch the video here". */
const STAY_PROMPTS = [
  /^(?:and\s+)?(?:click|tap|press) here\b/i,
  /^stay tuned\b/i,
  /^(?:check back|refresh (?:this page|the page))\b.{0,40}\b(?:updates?|later|more)\b/i,
  /^this (?:is a )?(?:developing|breaking) (?:story|news)\b.{0,60}$/i,
  /^(?:watch|see|view) (?:the |our )?(?:video|clip|footage|photos?|gallery|pictures)(?: here| below| above)?[.:!]?$/i,
];

export const stayPrompt: CleanRule = {
  name: "stay-prompt",
  reason: "boilerplate",
  test(paragraph, context) {
    if (!isShortLine(paragraph, context, 40) || hasQuotation(paragraph) || hasAttribution(paragraph)) return false;
    return STAY_PROMPTS.some((prompt) => prompt.test(paragraph.trim()));
  },
};

export const PAGE_LABEL_RULES: CleanRule[] = [markupDebris, sectionLabel, summaryLabel, capitalsSubhead, stayPrompt];
