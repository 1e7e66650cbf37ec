// Prompts aimed at the reader rather than telling the story: share buttons, newsletter and
// subscription pitches, cookie banners, advertisement labels, skip links. They are imperative or
// speak of "our site"; the tests look for that voice, not for any one site's wording.

import type { CleanRule } from "./rule-types";
import { anyOf, clauseStart, factsOf, hasAttribution, hasQuotation, isShortLine, stripTrailingMarks } from "./rule-types";

const NETWORKS = new Set([
  "facebook", "twitter", "x", "linkedin", "whatsapp", "email", "e-mail", "mail", "reddit", "telegram",
  "pinterest", "messenger", "flipboard", "threads", "bluesky", "mastodon", "sms",
]);
const SHARE_STARTS = new Set(["email", "e-mail", "follow", "like", "find"]);
const SHARE_FILLER = new Set(["print", "share", "copy", "link", "tweet", "save", "on", "via", "this", "article", "story", "the"]);

const SHARE = new RegExp(
  "^(?:share|tweet|email|e-mail|print|save|copy link|copy url)" +
    "(?: (?:this|the|on|via|to|article|story|page|link|post|facebook|twitter|x|linkedin|whatsapp|email))*$",
  "i",
);
const FOLLOW_NETWORKS = anyOf([
  "facebook", "twitter", "x", "instagram", "linkedin", "youtube", "tiktok", "telegram", "threads", "bluesky",
  "google news", "whatsapp",
]);
const FOLLOW = new RegExp(`^(?:(?:follow|like|find) us|follow @?[A-Z][\\w.]*(?: [A-Z][\\w.]*){0,3}) on ${FOLLOW_NETWORKS}\\b`, "i");
const PITCH_STARTS = [
  "subscribe", "sign up", "signup", "register", "get (?:our|the latest|breaking|unlimited)", "don(?:'|’)t miss",
  "never miss", "download (?:our|the)", "install (?:our|the)", "become a (?:member|subscriber)",
  "support (?:our|independent) journalism", "already a subscriber", "to continue reading",
  "get [^.!?]{1,40} (?:in|to|into) your inbox",
];
const PITCH_START = new RegExp(`^${anyOf(PITCH_STARTS)}\\b`, "i");
const PITCH_VOICES = [
  "\\b(?:sign up|subscribe|register)\\b[^.!?]{0,60}\\b(?:our|your inbox|for free)\\b",
  "\\bour (?:free |daily |weekly |morning |evening )*newsletters?\\b",
  "\\bdelivered (?:straight )?to your inbox\\b",
];
const PITCH_VOICE = new RegExp(anyOf(PITCH_VOICES), "i");
/**
 * A pitch in mid-line ("If you enjoyed this, subscribe to Example and never miss a post") needs
 * the imperative at a clause start and a word of the sales pitch: "to get alerts, subscribe at
 * the council office" is a service the story reports.
 */
const PITCH_VERB = clauseStart("(?:subscribe|sign up|sign-up|join (?:us|our|thousands|\\d[\\d,]* (?:other )?readers))\\b");
const PITCH_CUES = new RegExp(
  anyOf([
    "\\bnever miss\\b", "\\bdon(?:'|’)t miss\\b", "\\bfor free\\b", "\\binbox\\b", "\\bnewsletters?\\b", "\\bbriefing\\b",
    "\\bour\\b", "\\bif you (?:enjoyed|liked|value|appreciate|found)\\b",
  ]),
  "i",
);
/** "Never miss a story"; "If you enjoyed this article, share it" (the appeal, then the ask). */
const READER_TEASE = /\bnever miss (?:a|an|another) (?:post|story|article|update|episode|issue|headline|beat|thing)\b/i;
const READER_APPEAL = /^if you (?:enjoyed|liked|value|appreciate|found)\b[^.!?]{0,60}\b(?:subscribe|sign up|share|support|follow|donate|join|become a)\b/i;
const COOKIES = new RegExp(
  anyOf([
    "\\b(?:we|this (?:site|website)|our (?:site|website|partners)) uses? cookies\\b",
    "\\baccept (?:all )?cookies\\b",
    "\\bcookie (?:policy|settings|preferences|consent)\\b",
  ]),
  "i",
);
const FURNITURE_LABELS = [
  "advertisement", "advertising", "ad", "ads", "sponsored(?: content| post)?", "promoted(?: content)?", "paid content",
  "partner content", "(?:story|article) continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?",
  "continue reading (?:below|the main story)", "scroll to continue(?: with content)?",
  "skip to (?:main )?(?:content|navigation|main|search|footer)", "jump to (?:content|navigation)", "back to top",
  "menu", "search", "close", "open menu", "toggle navigation",
];
const FURNITURE = new RegExp(`^${anyOf(FURNITURE_LABELS)}$`, "i");

/** "Share", "Share this article", "Facebook Twitter LinkedIn Email". */
export const shareButtons: CleanRule = {
  name: "share-buttons",
  reason: "boilerplate",
  test(paragraph, context) {
    if (!isShortLine(paragraph, context, 12)) return false;
    // Every share row starts with a share word or a network name; most lines are out at once.
    const first = (/^[\p{L}-]+/u.exec(paragraph)?.[0] ?? "").toLowerCase();
    if (!NETWORKS.has(first) && !SHARE_FILLER.has(first) && !SHARE_STARTS.has(first)) return false;
    const bare = stripTrailingMarks(paragraph);
    if (SHARE.test(bare) || FOLLOW.test(bare)) return true;
    const words = bare.toLowerCase().split(/[\s|·•/]+/).filter(Boolean);
    const isShareWord = (word: string) => NETWORKS.has(word) || SHARE_FILLER.has(word);
    return words.length >= 2 && words.every(isShareWord) && words.some((word) => NETWORKS.has(word));
  },
};

/** Subscription, newsletter and app pitches addressed to the reader. */
export const subscriptionPitch: CleanRule = {
  name: "subscription-pitch",
  reason: "boilerplate",
  test(paragraph, context) {
    if (!isShortLine(paragraph, context, 40) || hasQuotation(paragraph)) return false;
    if (PITCH_START.test(paragraph) || PITCH_VOICE.test(paragraph)) return true;
    if (hasAttribution(paragraph)) return false;
    if (PITCH_VERB.test(paragraph) && PITCH_CUES.test(paragraph)) return true;
    return READER_TEASE.test(paragraph) || READER_APPEAL.test(paragraph);
  },
};

/** Cookie and consent banners. */
export const cookieBanner: CleanRule = {
  name: "cookie-banner",
  reason: "boilerplate",
  test: (paragraph, context) => factsOf(context).words <= 80 && paragraph.length <= 800 && COOKIES.test(paragraph),
};

/** Labels run together on one line: "Advertisement · Scroll to continue". */
const FURNITURE_SEPARATOR = /\s+[|·•]\s+/;
/** What a screen reader is told about a link: "Our standards, opens new tab". */
const LINK_HINT = /,?\s*\(?opens (?:in )?(?:a )?new (?:tab|window)\)?\.?$/i;

/** "Advertisement", "Story continues below advertisement", "Skip to main content". */
export const pageFurniture: CleanRule = {
  name: "page-furniture",
  reason: "boilerplate",
  test(paragraph, context) {
    if (!isShortLine(paragraph, context, 16)) return false;
    if (LINK_HINT.test(paragraph)) return true;
    if (!isShortLine(paragraph, context, 8)) return false;
    return stripTrailingMarks(paragraph).split(FURNITURE_SEPARATOR).every((part) => FURNITURE.test(stripTrailingMarks(part)));
  },
};

export const PROMPT_RULES: CleanRule[] = [shareButtons, subscriptionPitch, cookieBanner, pageFurniture];
