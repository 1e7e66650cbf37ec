// What an outlet says to its reader about itself, beside the story: tip lines, membership and
// donation appeals, "follow us" lines, audio and video prompts, pointers to its own archive.
// They share a voice no news sentence uses: an imperative opening a clause ("Send us your
// tips", "Listen to the full report"), or the outlet's "we" and "our" about its own work. So
// each rule asks for that voice, and none takes a line that quotes or attributes anyone:
// "Listen, the mayor told reporters, we will rebuild." is reporting.

import type { CleanRule, RuleContext } from "./rule-types";
import { anyOf, clauseStart, hasAttribution, hasQuotation, isShortLine } from "./rule-types";

/** Prompts are short; a long paragraph that happens to say "our coverage" is something else. */
const MAX_PROMPT_WORDS = 40;

const TIP_LINES = [
  clauseStart("(?:send|email|e-mail|submit|message|whatsapp)(?: us| in)?(?: your| a| any)?(?: (?:news|story|confidential|anonymous))? tips?\\b"),
  // "Got a tip?" but not "Got any tips for first-time buyers?"
  clauseStart("(?:do you )?(?:have|got) (?:a|any) (?:(?:news|story|confidential) tips?\\b|tips?\\?)"),
  clauseStart("(?:contact|email|e-mail|write to|reach|message|call) (?:us|our newsroom|the newsroom|our news ?desk|the news ?desk|our reporters|our editors)\\b"),
  // "Do you have a story? Email news@example.com": the question alone, or an address to write to.
  clauseStart("(?:do you )?(?:have|got) (?:a|any) (?:news )?(?:story|stories|story ideas?)(?: (?:for us|to share|to tell))?\\?"),
  clauseStart("(?:email|e-mail|write to|contact)(?: us)?(?: at)? [\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+"),
  /\btips? (?:to|for) our (?:newsroom|news ?desk|reporters?|editors?|journalists?|team)\b/i,
  /\bour (?:tip ?line|tips? (?:page|form|address|inbox))\b/i,
];

const SUPPORT_OBJECTS = anyOf(["our", "independent", "quality", "local", "public[- ]interest", "non-?profit", "fearless", "trusted", "this"]);
const MEMBERSHIP = [
  clauseStart("(?:become|join us as|sign up as) an? (?:paying |paid |founding )?(?:member|subscriber|supporter|patron|donor)\\b"),
  clauseStart(`(?:support|fund|back|help (?:fund|support|sustain)|invest in)(?: ${SUPPORT_OBJECTS})+(?: [\\p{L}-]+){0,3} (?:journalism|reporting|newsroom|work|media)\\b`, "iu"),
  clauseStart("(?:donate|make a donation|chip in|contribute)(?: now| today| here| to us| to our\\b| to support us)"),
  /\bis (?:reader|listener|viewer|audience)[- ](?:supported|funded|powered|owned)\b/i,
  /\b(?:readers|listeners|viewers|members|supporters) like you\b/i,
];

const SOCIAL = anyOf([
  "social (?:media|networks?|channels)", "facebook", "x", "twitter", "instagram", "linkedin", "youtube", "tiktok", "telegram",
  "threads", "bluesky", "mastodon", "whatsapp", "google news", "our (?:social|website|site|app|channels?|pages?|accounts?)",
]);
const FOLLOW_PROMPTS = [
  clauseStart(`follow (?:us|[^.!?]{1,40}?) (?:on|via|across) ${SOCIAL}\\b`),
  clauseStart("follow (?:us|our (?:[\\w-]+ ){0,2}(?:coverage|live blog|updates|page|channel|account|reporting))\\b"),
];

/** What a media prompt offers: something to play, not an event in the story. */
const MEDIA_NOUN = anyOf([
  "report", "interview", "episode", "podcast", "programme", "program", "show", "broadcast", "bulletin", "video",
  "clip", "documentary", "audio", "livestream", "live stream", "stream", "highlights", "recording", "full story",
]);
// The verb is followed by what a listener is pointed to ("Listen to", "Watch the"), never by a
// comma ("Listen, the mayor said") or a noun it modifies ("Watch parties were held").
const MEDIA_PROMPT = clauseStart(
  `(?:listen|watch|hear|tune in|stream|play)\\s+(?:to|again|back|now|live|here|in|the|our|this|a|an|it|more|full|all)\\b[^.!?]{0,60}?\\b${MEDIA_NOUN}s?\\b`,
);
// "Listen: our morning programme has more on the strike": a media label, then the pointer.
const MEDIA_LABEL = clauseStart(`(?:listen|watch|hear|play)\\s*:\\s*[^.!?]{0,60}?\\b${MEDIA_NOUN}s?\\b`);

const POINT_VERBS = anyOf(["see", "read", "browse", "explore", "visit", "check out", "find", "catch up on", "dig into", "follow"]);
const OWN_WORK = anyOf([
  "archive", "coverage", "live (?:blog|coverage|updates)", "reporting", "stories", "explainers?", "series", "special reports?",
  "podcasts?", "newsletters?", "website", "site", "app", "guide", "analysis", "investigations?",
]);
const SELF_PROMO = [
  clauseStart(`${POINT_VERBS}(?: all| more of| more from| the rest of)? our (?:[\\w-]+ ){0,2}${OWN_WORK}\\b`),
  /\bour (?:full|complete|ongoing|continuing|live|latest|special|in-depth|previous|earlier|extensive|award-winning) (?:coverage|reporting|archive|live blog|updates|series|investigation)\b/i,
  /\b(?:is|was) part of our (?:[\w-]+ ){0,2}(?:series|coverage|project|investigation|reporting)\b/i,
];
/** "We have covered the tram since 2014": the outlet on its own record, with a pointer to it. */
const SELF_RECORD = /\bwe(?:'ve|’ve| have)(?: been)? (?:covered|covering|reported on|reporting on|written about|writing about|tracked|tracking|followed|following|investigated|investigating)\b/i;
const RECORD_POINTER = /\bsince (?:\d{4}|the start|the beginning)\b|\bfor (?:years|decades|\w+ years)\b|\bour\b|\bhere\b/i;

/** One cheap test that every pattern above passes, run before them on every short line. */
const PROMPT_HINT = /tip|contact|@|stor(?:y|ies)\?|\bplay\b|\bus\b|member|subscri|support|patron|donor|donat|fund|back|invest|chip in|contribut|reader|listener|viewer|audience|follow|listen|watch|hear|tune in|stream|\bour\b|\bwe(?:'|’| have)/i;

/** A short line in the reader-facing voice, neither quoting nor attributing anyone. */
function isPromptShaped(paragraph: string, context: RuleContext): boolean {
  if (!isShortLine(paragraph, context, MAX_PROMPT_WORDS) || !PROMPT_HINT.test(paragraph)) return false;
  return !hasQuotation(paragraph) && !hasAttribution(paragraph);
}

function matchesAny(paragraph: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((pattern) => pattern.test(paragraph));
}

/** "Send your story tips to our newsroom", "Got a tip? Contact us". */
export const tipLine: CleanRule = {
  name: "tip-line",
  reason: "boilerplate",
  test: (paragraph, context) => isPromptShaped(paragraph, context) && matchesAny(paragraph, TIP_LINES),
};

/** "Become a member", "Support independent journalism", "This site is reader-supported". */
export const membershipPitch: CleanRule = {
  name: "membership-pitch",
  reason: "boilerplate",
  test: (paragraph, context) => isPromptShaped(paragraph, context) && matchesAny(paragraph, MEMBERSHIP),
};

/** "Follow Example News on social media", "Follow our live coverage". */
export const followPrompt: CleanRule = {
  name: "follow-prompt",
  reason: "boilerplate",
  test: (paragraph, context) => isPromptShaped(paragraph, context) && matchesAny(paragraph, FOLLOW_PROMPTS),
};

/** "Listen to the full report at 8 a.m.", "Watch the video above". */
export const mediaPrompt: CleanRule = {
  name: "media-prompt",
  reason: "boilerplate",
  test: (paragraph, context) => isPromptShaped(paragraph, context) && (MEDIA_PROMPT.test(paragraph) || MEDIA_LABEL.test(paragraph)),
};

/** "See our archive", "Read our full coverage", "We have covered the story since 2019". */
export const selfPromotion: CleanRule = {
  name: "self-promotion",
  reason: "boilerplate",
  test(paragraph, context) {
    if (!isPromptShaped(paragraph, context)) return false;
    if (matchesAny(paragraph, SELF_PROMO)) return true;
    return SELF_RECORD.test(paragraph) && RECORD_POINTER.test(paragraph);
  },
};

/** "This article was originally published by Example Post": where the text comes from, not news. */
const REPUBLISHED = /^(?:this (?:article|story|piece|post|report) (?:was |is |has been )?(?:originally|first)|originally) (?:published|appeared|ran) (?:on|in|at|by)\b|\b(?:is )?republished (?:here )?(?:with|by) (?:kind )?permission\b/i;

export const republicationNotice: CleanRule = {
  name: "republication-notice",
  reason: "boilerplate",
  test: (paragraph, context) => isShortLine(paragraph, context, 30) && !hasQuotation(paragraph) && REPUBLISHED.test(paragraph),
};

export const OUTLET_PROMPT_RULES: CleanRule[] = [tipLine, membershipPitch, followPrompt, mediaPrompt, selfPromotion, republicationNotice];
