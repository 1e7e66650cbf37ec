// The page-label rules and the caption, masthead and link-run additions, on invented lines they
// must take and near-miss story lines they must leave.

import { describe, expect, it } from "vitest";
import { applyRules, CLEAN_RULES } from "./clean-rules";
import type { CleanRule } from "./rule-types";
import { CREDIT_RULES } from "./credits";
import { MASTHEAD_RULES } from "./masthead";
import { PAGE_LABEL_RULES } from "./page-labels";

const STORY = "The Lakeport council approved the new harbour bridge on Tuesday after a long debate.";
const PROSE = "Work on the bridge will start in spring and is expected to take two years to finish.";

/** Indices `rules` take in the paragraphs. */
function taken(paragraphs: string[], rules: readonly CleanRule[] = CLEAN_RULES): number[] {
  return applyRules(paragraphs, rules).map((hit) => hit.index);
}

/** Whether `rules` take `line` set between two story paragraphs. */
function takes(rules: readonly CleanRule[], line: string, after = PROSE): boolean {
  return taken([STORY, line, after], rules).includes(1);
}

describe("page labels", () => {
  it("takes markup and script debris", () => {
    for (const line of ["<!–>", "–>", "–> <!–>", "<!-- -->", "-", "* * *", "</div>", "(slotQueue = window.slotQueue || []).push({});"]) {
      expect(takes(PAGE_LABEL_RULES, line), line).toBe(true);
    }
  });

  it("takes section labels over prose, summary labels and capitals subheads", () => {
    for (const line of ["By the numbers:", "What’s next:", "Why it matters:", "Choose your language:", "The big picture:", "Here's what we know", "What you need to know", "THE LONG NIGHT", "⚡ HOW THE BRIDGE FELL"]) {
      expect(takes(PAGE_LABEL_RULES, line), line).toBe(true);
    }
  });

  it("takes prompts to click, stay or watch", () => {
    for (const line of ["Click here to download our free weather app. And click here to watch us live.", "Stay tuned for more updates as the story develops.", "WATCH video here", "This is a developing story."]) {
      expect(takes(PAGE_LABEL_RULES, line), line).toBe(true);
    }
  });

  it("leaves story lines of the same shapes", () => {
    const lines = [
      "He added:",
      "“We have one question:",
      "The council said the figures were:",
      "Residents were told to stay tuned to local radio, the mayor said.",
      "Watch parties were held across the city.",
      "Click-through rates fell by half in May.",
      "NATO allies met in Lakeport.",
      "The vote was 52-48.",
      "What we know about the bridge is limited.",
      "x = y; the equation holds.",
    ];
    for (const line of lines) expect(takes(PAGE_LABEL_RULES, line), line).toBe(false);
  });

  it("leaves a colon line that opens a list", () => {
    expect(takes(PAGE_LABEL_RULES, "The victims were:", "Ana Lind")).toBe(false);
    expect(takes(PAGE_LABEL_RULES, "The costs are steep:", "- Roughly 900 jobs lost in the first year")).toBe(false);
  });

  it("leaves capitals at the top of the page to the headline and masthead logic", () => {
    expect(taken(["HARBOUR BRIDGE APPROVED", STORY], PAGE_LABEL_RULES)).toEqual([]);
  });
});

describe("captions and stamps", () => {
  it("takes captions closed by a credit and archive-photo captions", () => {
    for (const line of [
      "The mayor walks to the podium before the vote in Lakeport on May 2 [EXW/NEWSPIC]",
      "Council members vote on the bridge (Photo - Lakeport TV on social media)",
      "FILE – Cranes over the harbour in 2029.",
      "less than 1 minute read",
    ]) {
      expect(takes(CREDIT_RULES, line), line).toBe(true);
    }
  });

  it("leaves story lines with brackets or the word file", () => {
    for (const line of ["The figure [about 3/4 of the budget] was disputed.", "File a claim by Friday, officials urged.", "FILE servers were restored on Monday, the company said.", "The poll (Lakeport Post - City Survey) found support at 60%."]) {
      expect(takes(CREDIT_RULES, line), line).toBe(false);
    }
  });

  it("reads a masthead glued to its date by a bar", () => {
    expect(takes(MASTHEAD_RULES, "新闻Wire|May 2, 2031 18:11")).toBe(true);
    expect(takes(MASTHEAD_RULES, "Lakeport Wire|May 2, 2031 18:11")).toBe(true);
    expect(takes(MASTHEAD_RULES, "Shares rose 4%|May 2, 2031")).toBe(false);
  });
});

describe("headline runs split by separator lines", () => {
  it("takes off-topic link texts after the story even with a dash between each", () => {
    const page = [STORY, PROSE, "-", "Singer teases new album in late-night post", "-", "Why your phone battery drains overnight: what to do", "-", "Quiz show host reveals favourite contestant", "-", "Film festival announces its jury"];
    expect(taken(page)).toEqual([2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("keeps on-topic lines after the story", () => {
    const page = [STORY, PROSE, "-", "Lakeport council approves harbour bridge", "-", "Harbour bridge debate on Tuesday", "-", "Council bridge vote after debate"];
    expect(taken(page).filter((i) => page[i] !== "-")).toEqual([]);
  });
});
