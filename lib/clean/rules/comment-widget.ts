// Comment sections leave their furniture in scraped text: a "Comments" heading, a count, "No
// comments yet", "Leave a comment", a log-in prompt. All are short and addressed to the reader;
// a reporter's "He declined to comment." never starts with these words, so it is safe.

import type { CleanRule } from "./rule-types";
import { hasQuotation, isShortLine, stripTrailingMarks } from "./rule-types";

/** One cheap test that every pattern below passes, run before them. */
const COMMENT_HINT = /comment|repl|respons|log ?in|sign ?(?:in|up|on)|conversation|discussion|debate|sort|order/i;
const PATTERNS = [
  // "Comments", "Reader comments", "Comments (12)", "12 Comments", "No comment(s)", "0 Comments"
  /^(?:reader |user |readers' )?comments?(?: \(\d+\))?$/i,
  /^(?:\d+|no|zero|show|view|hide|all) comments?(?: yet)?$/i,
  new RegExp(
    "^(?:leave|post|add|write|submit|show|view|load|see|read|hide|open|close) " +
      "(?:a |your |all |the |more |\\d+ )?(?:comments?|replies|reply|responses?)\\b",
    "i",
  ),
  /^(?:please )?(?:log|sign) ?(?:in|up|on) (?:to|and) (?:comment|reply|post|join|leave)/i,
  /^you must be (?:logged|signed) in to (?:comment|post|reply)/i,
  /^(?:be the first to (?:comment|reply)|join the (?:conversation|discussion|debate))/i,
  /^(?:comments are (?:closed|disabled)|commenting (?:is|has been) (?:closed|disabled))/i,
  /^(?:there are )?no (?:comments|replies|responses) (?:yet|so far|have been posted)/i,
  /^(?:sort|order) by (?:newest|oldest|best|top)/i,
];

const REACTION_START = /^(?:\d|like|repl|report|share|upvote|downvote|flag|vote)/i;

/** A short reader-facing line belonging to a comment section. */
export const commentWidget: CleanRule = {
  name: "comment-widget",
  reason: "boilerplate",
  test(paragraph, context) {
    if (!isShortLine(paragraph, context, 12) || !COMMENT_HINT.test(paragraph) || hasQuotation(paragraph)) return false;
    const bare = stripTrailingMarks(paragraph);
    return PATTERNS.some((pattern) => pattern.test(bare));
  },
};

/** "12 Likes 3 Shares", "Reply · Report": reaction counters and per-comment actions. */
export const reactionCounter: CleanRule = {
  name: "reaction-counter",
  reason: "boilerplate",
  test(paragraph, context) {
    if (!isShortLine(paragraph, context, 8) || !REACTION_START.test(paragraph)) return false;
    const words = stripTrailingMarks(paragraph).toLowerCase().split(/[\s·|•]+/).filter(Boolean);
    const action = /^(?:\d+|like|likes|reply|replies|report|share|shares|upvote|downvote|flag|votes?)$/;
    return words.length >= 2 && words.every((word) => action.test(word)) && words.some((w) => !/^\d+$/.test(w));
  },
};

export const COMMENT_RULES: CleanRule[] = [commentWidget, reactionCounter];
