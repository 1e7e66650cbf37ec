import { describe, expect, it } from "vitest";
import { applyRules } from "./clean-rules";
import { OFF_TOPIC_RULES } from "./off-topic-run";

// An invented story about a harbour bridge, with body paragraphs that share its vocabulary.
const STORY = [
  "Lakeport Council Approves Harbour Bridge",
  "The Lakeport council approved the new harbour bridge on Tuesday after a long debate over its cost.",
  "The bridge will link the harbour district to the old town and cost about 40 million crowns, the council said.",
];
const MORE = [
  "Work on the harbour bridge will start in spring, and the council expects the bridge to open in two years.",
  "Opponents of the bridge said the council had ignored cheaper plans for a ferry across the harbour.",
];

function taken(paragraphs: string[]): string[] {
  return applyRules(paragraphs, OFF_TOPIC_RULES).map((hit) => paragraphs[hit.index] ?? "");
}

describe("off-topic-run", () => {
  it("takes an advert set as short lines inside the story, with its bullet list", () => {
    const advert = ["🎁 Win A Free Games Console", "Enter our giveaway for a chance at premium consoles! Only a few prizes left.", "- No purchase needed", "- Ships worldwide within days", "- Draw every Friday"];
    expect(taken([...STORY, ...advert, ...MORE])).toEqual(advert);
  });

  it("leaves short story sentences that share few words with the rest", () => {
    const lines = ["Several residents welcomed the decision.", "Shops near the quay closed early.", "Fishing crews stayed ashore for the day."];
    expect(taken([...STORY, ...lines, ...MORE])).toEqual([]);
  });

  it("leaves a list the story introduces with a colon, and one odd line alone", () => {
    expect(taken([...STORY, "The prize winners were:", "Ana Lind of Marrow", "Tom Reyes of Kestel", "Ivo Sand of Dunmere", ...MORE])).toEqual([]);
    expect(taken([...STORY, "Free games console giveaway today", ...MORE])).toEqual([]);
  });

  it("leaves the lines above the story to the headline and masthead rules", () => {
    expect(taken(["Lakeport Courier | Local news", "Weather: sunny spells", "Tickets for the summer fair", ...STORY.slice(1), ...MORE])).toEqual([]);
  });
});
