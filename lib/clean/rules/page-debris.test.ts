// Each rule alone, on lines it must take and story lines it must leave (all text invented).

import { describe, expect, it } from "vitest";
import type { CleanRule } from "./rule-types";
import { applyRules, CLEAN_RULES } from "./clean-rules";
import { COMMENT_RULES } from "./comment-widget";
import { CREDIT_RULES } from "./credits";
import { DISCLAIMER_RULES } from "./disclaimer";
import { ERROR_PAGE_RULES } from "./error-page";
import { PROMPT_RULES } from "./reader-prompts";
import { RELATED_LINK_RULES } from "./related-links";

/** Whether `rule` alone takes `line`, tested as the second paragraph of a small story. */
function takes(rules: readonly CleanRule[], line: string): boolean {
  const story = "The Lakeport council approved the new harbour bridge on Tuesday after a long debate.";
  return applyRules([story, line, story], rules).some((hit) => hit.index === 1);
}

const CASES: [string, readonly CleanRule[], string[]][] = [
  ["error pages", ERROR_PAGE_RULES, ["404", "Error 500: Internal Server Error", "403 Forbidden", "Oops!", "Sorry!!", "We're sorry, the page you requested could not be found.", "Please enable JavaScript to view this site."]],
  ["disclaimers", DISCLAIMER_RULES, ["Disclaimer", "Legal Disclaimer:", "Disclaimer: The views expressed are the author's own.", "All content is provided as is, without warranty of any kind.", "© 2031 Example Media Ltd. All rights reserved.", "This article is for informational purposes only and does not constitute investment advice."]],
  ["comment widgets", COMMENT_RULES, ["Comments", "0 Comments", "No comments yet", "No comment", "Leave a comment", "Log in to comment", "Be the first to comment", "Comments (12)", "12 Likes 3 Replies"]],
  ["reader prompts", PROMPT_RULES, ["Share this article", "Share", "Facebook Twitter LinkedIn Email", "Follow us on Instagram", "Subscribe to our newsletter", "Sign up for our free daily briefing delivered to your inbox.", "We use cookies to improve your experience.", "Advertisement", "Story continues below advertisement", "Skip to main content"]],
  ["credits", CREDIT_RULES, ["By Jane Doe", "By JANE DOE and John Roe, Example Wire", "Photo: Ana Lind/Example Wire", "Image credit: City archive", "REUTERS/Ana Lind", "(Reporting by Ana Lind; Editing by Tom Reyes)", "Updated 3 hours ago", "Published: 12 March 2031", "4 min read", "Written by Ana Lind"]],
  ["related links", RELATED_LINK_RULES, ["Read more: Storm Hits Exampleville", "Related:", "Related Stories", "Most read", "Tags: Lakeport, Bridges, Council", "Home › World › Europe", "News | Sport | Weather | Culture"]],
];

const STORY_LINES = [
  "He declined to comment.",
  "The vote was 52-48.",
  "“No comment,” the spokesman said.",
  "Share prices fell 5% on Monday.",
  "By Tuesday, the water had gone.",
  "By then, 404 people had been evacuated.",
  "Sorry, she said, was not enough.",
  "Related talks began in May.",
  "Comments from residents were mixed.",
  "The court found the platform liable for copyright infringement.",
  "Subscribers lost access to the service for two days.",
  "Photos of the damage circulated online.",
  "Updated figures released on Monday showed a rise in claims.",
  "Latest figures show unemployment rose.",
  "Copyright lawsuits have risen sharply, the report said.",
  "Most residents returned home.",
  "The page was removed from the ministry website on Friday, officials said.",
  "Watch officials said the storm would pass by night.",
];

describe.each(CASES)("%s", (_name, rules, lines) => {
  it.each(lines)("takes %j", (line) => {
    expect(takes(rules, line)).toBe(true);
  });
});

describe("story lines", () => {
  it.each(STORY_LINES)("no rule takes %j", (line) => {
    expect(takes(CLEAN_RULES, line)).toBe(false);
  });
});
