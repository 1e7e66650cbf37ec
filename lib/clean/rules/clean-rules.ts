// The ordered list of cleaning rules. Order matters twice: the first rule that claims a paragraph
// names its reason, and some rules look at what earlier paragraphs were removed by (a disclaimer
// heading takes the paragraph after it). Specific page furniture comes before the broad
// headline-run rule so a byline or "Comments" line is recorded under its own reason.

import type { CleanRule, RuleContext } from "./rule-types";
import { measureParagraph } from "./rule-types";
import { COMMENT_RULES } from "./comment-widget";
import { CREDIT_RULES } from "./credits";
import { DISCLAIMER_RULES } from "./disclaimer";
import { ERROR_PAGE_RULES } from "./error-page";
import { HEADLINE_LIST_RULES, findNavigationRuns } from "./headline-list";
import { MASTHEAD_RULES } from "./masthead";
import { OUTLET_PROMPT_RULES } from "./outlet-prompts";
import { PAGE_LABEL_RULES } from "./page-labels";
import { OFF_TOPIC_RULES } from "./off-topic-run";
import { PROMPT_RULES } from "./reader-prompts";
import { RELATED_LINK_RULES } from "./related-links";
import { listContentTerms } from "../content-terms";

export const CLEAN_RULES: readonly CleanRule[] = [
  ...ERROR_PAGE_RULES,
  ...DISCLAIMER_RULES,
  ...COMMENT_RULES,
  ...PROMPT_RULES,
  ...OUTLET_PROMPT_RULES,
  ...PAGE_LABEL_RULES,
  ...CREDIT_RULES,
  ...MASTHEAD_RULES,
  ...RELATED_LINK_RULES,
  ...HEADLINE_LIST_RULES,
  ...OFF_TOPIC_RULES,
];

/** Paragraphs long enough and finished enough to count as the story when measuring topic. */
const BODY_MIN_WORDS = 12;
/** The story's vocabulary is clear long before this; reading further only costs time. */
const MAX_STORY_CHARS = 100_000;

/** Measures every paragraph once and gathers the story vocabulary the rules compare against. */
export function buildRuleContext(paragraphs: readonly string[]): Omit<RuleContext, "index" | "matched"> {
  const facts = paragraphs.map(measureParagraph);
  const storyTerms = new Set<string>();
  let read = 0;
  paragraphs.forEach((paragraph, i) => {
    const fact = facts[i];
    if (read >= MAX_STORY_CHARS || !fact || !fact.endsSentence || fact.words < BODY_MIN_WORDS) return;
    for (const term of listContentTerms(paragraph.slice(0, MAX_STORY_CHARS))) storyTerms.add(term);
    read += paragraph.length;
  });
  return { paragraphs, facts, storyTerms, navigationRuns: findNavigationRuns(paragraphs, facts, storyTerms) };
}

export interface RuleHit {
  index: number;
  rule: CleanRule;
}

/** Runs the rules over paragraphs in order; returns what each removed paragraph was taken by. */
export function applyRules(paragraphs: readonly string[], rules: readonly CleanRule[] = CLEAN_RULES): RuleHit[] {
  const matched: (string | null)[] = [];
  // One context object, its index moved along: a fresh object per paragraph costs more than
  // most rules on a 100,000-line paste.
  const context: { -readonly [K in keyof RuleContext]: RuleContext[K] } = { ...buildRuleContext(paragraphs), index: 0, matched };
  const hits: RuleHit[] = [];
  paragraphs.forEach((paragraph, index) => {
    context.index = index;
    const rule = rules.find((candidate) => candidate.test(paragraph, context));
    matched.push(rule ? rule.name : null);
    if (rule) hits.push({ index, rule });
  });
  return hits;
}
