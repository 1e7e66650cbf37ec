// An insert that has nothing to do with the story: an advert or a promotion set as a few short
// lines in the middle of the article ("Win a free phone", "No signup needed", "Offer ends
// soon"). Its wording varies without end, but its vocabulary is its own: none of the story's
// content words. So the story's vocabulary is read from the body paragraphs that share words
// with each other (an advert paragraph shares none and drops out), and a run of short lines
// that share (almost) nothing with it is taken. One such line alone stays: a short quote ("It
// was terrifying.") can share nothing with the story too.

import type { CleanRule, RuleContext } from "./rule-types";
import { hasAttribution, hasQuotation } from "./rule-types";
import { listContentTerms } from "../content-terms";
import { isLetterless } from "./page-labels";

const MIN_RUN = 3;
/**
 * Share of a run's lines set like an advert (a slogan or a list item, no sentence end). Story
 * sentences that happen to share few words with the rest (short wire paragraphs often do) are
 * punctuated, so a run of them is never taken.
 */
const MIN_UNFINISHED_SHARE = 0.6;
const MAX_LINE_WORDS = 30;
/** Below this share of its content words in the story, a line is off topic. */
const OFF_TOPIC_SHARE = 0.2;
/** A body paragraph is part of the story when this share of its words recur in other ones. */
const STORY_SHARE = 0.2;
const BODY_MIN_WORDS = 12;
const LIST_ITEM = /^[-–—•·*▪◦]\s/;

/** Content terms of the paragraphs that talk about the same thing as the rest of the body. */
function readCore(context: RuleContext): { terms: Set<string>; first: number } {
  const body = context.paragraphs
    .map((text, i) => ({ i, terms: new Set(listContentTerms(text)) }))
    .filter(({ i }) => (context.facts[i]?.endsSentence ?? false) && (context.facts[i]?.words ?? 0) >= BODY_MIN_WORDS);
  const counts = new Map<string, number>();
  for (const { terms } of body) for (const term of terms) counts.set(term, (counts.get(term) ?? 0) + 1);
  const core = new Set<string>();
  let first = -1;
  for (const { i, terms } of body) {
    // Shared with another body paragraph: counted in more than this one.
    const shared = [...terms].filter((term) => (counts.get(term) ?? 0) > 1).length;
    if (terms.size === 0 || shared / terms.size < STORY_SHARE) continue;
    for (const term of terms) core.add(term);
    if (first < 0) first = i;
  }
  return { terms: core, first };
}

function isOffTopic(text: string, words: number, core: ReadonlySet<string>): boolean {
  // A colon line introduces what follows: it belongs to the story's own list, if anything.
  if (words > MAX_LINE_WORDS || text.trimEnd().endsWith(":") || hasQuotation(text) || hasAttribution(text)) return false;
  const terms = listContentTerms(text);
  if (terms.length < 2) return false;
  return terms.filter((term) => core.has(term)).length / terms.length < OFF_TOPIC_SHARE;
}

/** Indices of paragraphs in off-topic runs, computed once per page. */
const runsByPage = new WeakMap<readonly string[], Set<number>>();

function findOffTopicRuns(context: RuleContext): Set<number> {
  const cached = runsByPage.get(context.paragraphs);
  if (cached) return cached;
  const { terms: core, first } = readCore(context);
  const found = new Set<number>();
  const { paragraphs, facts } = context;
  // Without a story to compare against, nothing is off topic; above it sit the headline,
  // masthead and byline, which other rules judge.
  if (core.size > 0) {
    let run: number[] = [];
    const close = (next: number) => {
      const before = paragraphs[(run[0] ?? 0) - 1]?.trimEnd() ?? "";
      // "The prizes were:" above its list is the story's own list.
      const unfinished = run.filter((i) => !(facts[i]?.endsSentence ?? false)).length;
      if (run.length >= MIN_RUN && unfinished / run.length >= MIN_UNFINISHED_SHARE && !before.endsWith(":")) {
        for (const i of run) found.add(i);
        // The insert's own bullet list runs on after it ("- Works on any phone").
        for (let k = next; k < paragraphs.length && LIST_ITEM.test(paragraphs[k] ?? "") && !(facts[k]?.endsSentence ?? true); k++) found.add(k);
      }
      run = [];
    };
    for (let i = first + 1; i < paragraphs.length; i++) {
      const text = paragraphs[i] ?? "";
      if (isLetterless(text) && run.length > 0) continue;
      if (isOffTopic(text, facts[i]?.words ?? 0, core)) run.push(i);
      else close(i);
    }
    close(paragraphs.length);
  }
  runsByPage.set(context.paragraphs, found);
  return found;
}

/** A paragraph in a run of short lines that share no vocabulary with the story. */
export const offTopicRun: CleanRule = {
  name: "off-topic-run",
  reason: "boilerplate",
  test: (_paragraph, context) => findOffTopicRuns(context).has(context.index),
};

export const OFF_TOPIC_RULES: CleanRule[] = [offTopicRun];
