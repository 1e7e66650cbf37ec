// Plain-text sources, on invented events: what must survive and what must go.

import { describe, expect, it } from "vitest";
import { cleanSource } from "./clean-source";

const SHORT_STORY = [
  "Council Approves New Harbour Bridge",
  "The Lakeport city council approved the new harbour bridge on Tuesday.",
  "The vote was 52-48.",
  "Mayor Ines Varga called it a good day.",
  "Critics said the cost was too high.",
  "He declined to comment.",
  "Work starts in May.",
  "“We will build it,” she said.",
  "It will open in 2034.",
];

describe("cleanSource on plain text", () => {
  it("keeps every short one-sentence paragraph of a real story", () => {
    const cleaned = cleanSource({ text: SHORT_STORY.join("\n") });
    expect(cleaned.title).toBe("Council Approves New Harbour Bridge");
    expect(cleaned.paragraphs).toEqual(SHORT_STORY.slice(1));
    expect(cleaned.removed).toEqual([]);
    expect(cleaned.warnings).toEqual([]);
  });

  it("keeps a one-line quote paragraph and a short real paragraph among boilerplate", () => {
    const text = [
      "Share this article",
      "Rescuers pulled two hikers from the Grey Ridge gorge late on Sunday after a two-day search.",
      "“It was cold,” one said.",
      "Both are well.",
      "Sign up for our daily newsletter",
      "(Reporting by Ana Lind; Editing by Tom Reyes)",
    ].join("\n\n");
    const cleaned = cleanSource({ text });
    expect(cleaned.paragraphs).toEqual([
      "Rescuers pulled two hikers from the Grey Ridge gorge late on Sunday after a two-day search.",
      "“It was cold,” one said.",
      "Both are well.",
    ]);
    expect(cleaned.removed.map((r) => r.reason)).toEqual(["boilerplate", "boilerplate", "boilerplate"]);
  });

  it("rejoins a hard-wrapped paragraph and keeps paragraph breaks", () => {
    const text = [
      "The regional water board said on Friday that the reservoir at Lake",
      "Orrin had fallen to 31 percent of capacity, its lowest level since",
      "records began, and that hosepipe limits would start next week.",
      "",
      "Farmers in the valley asked for an exemption for livestock troughs.",
    ].join("\n");
    const cleaned = cleanSource({ text });
    expect(cleaned.paragraphs).toHaveLength(2);
    expect(cleaned.paragraphs[0]).toContain("at Lake Orrin had fallen to 31 percent of capacity, its lowest level since records");
  });

  it("removes a list of unrelated headlines but not the story", () => {
    const story = "Storm Petra closed the coastal rail line between Dunmore and Selby for a second day on Monday, the operator said.";
    const text = [story, "Repairs to the sea wall will take a week.", "", "Film Festival Opens With Record Crowds", "Local Bakery Wins National Award", "Tech Firm Announces New Headquarters", "Museum Reopens After Renovation"].join("\n");
    const cleaned = cleanSource({ text });
    expect(cleaned.paragraphs).toEqual([story, "Repairs to the sea wall will take a week."]);
    expect(cleaned.removed).toHaveLength(4);
    expect(cleaned.removed.every((r) => r.reason === "navigation")).toBe(true);
  });

  it("keeps a colon-introduced list of names", () => {
    const text = "Three firefighters were honoured at a ceremony in Calder on Saturday for the rescue. They were:\nMarta Okafor\nLeo Brandt\nSami Haddad";
    expect(cleanSource({ text }).paragraphs).toHaveLength(4);
  });

  it("reads a wire dateline as the outlet", () => {
    const cleaned = cleanSource({ text: "LONDON, May 3 (Example Wire) — Ferry services resumed on Thursday after the strike ended." });
    expect(cleaned.outlet).toBe("Example Wire");
    expect(cleaned.paragraphs).toEqual(["Ferry services resumed on Thursday after the strike ended."]);
    expect(cleaned.removed).toEqual([{ text: "LONDON, May 3 (Example Wire) —", reason: "other" }]);
  });

  it("lets the caller's title and outlet win, recording the replaced headline line", () => {
    const cleaned = cleanSource({ text: SHORT_STORY.join("\n"), title: "Bridge vote", outlet: "Lakeport Times" });
    expect(cleaned.title).toBe("Bridge vote");
    expect(cleaned.outlet).toBe("Lakeport Times");
    expect(cleaned.removed).toEqual([{ text: "Council Approves New Harbour Bridge", reason: "other" }]);
  });

  it("takes the caller's outlet off the end of a headline line", () => {
    const text = ["Harbour Bridge Approved | Lakeport Times", SHORT_STORY[1]].join("\n");
    expect(cleanSource({ text, outlet: "Lakeport Times" }).title).toBe("Harbour Bridge Approved");
  });

  it("removes a dated masthead line so the real headline becomes the title", () => {
    const text = ["Harbour Radio News - 4 June 2031, 18:00", "Lakeport council backs harbour bridge", ...SHORT_STORY.slice(1)].join("\n");
    const cleaned = cleanSource({ text });
    expect(cleaned.title).toBe("Lakeport council backs harbour bridge");
    expect(cleaned.paragraphs).toEqual(SHORT_STORY.slice(1));
    expect(cleaned.removed).toEqual([{ text: "Harbour Radio News - 4 June 2031, 18:00", reason: "navigation" }]);
  });

  it("keeps a short story whole while removing the outlet's prompts and link list around it", () => {
    const text = [
      "By Lakeport Times staff | Photo: City archive",
      ...SHORT_STORY.slice(1),
      "Send us your story tips at tips@lakeport.example",
      "Listen to the full interview on Harbour Radio at 6 p.m.",
      "Related stories",
      "Ferry fares rise for the third year",
      "Mayor faces recall vote over parking fees",
    ].join("\n\n");
    const cleaned = cleanSource({ text });
    expect(cleaned.paragraphs).toEqual(SHORT_STORY.slice(1));
    expect(cleaned.byline).toBe("Lakeport Times staff");
    expect(cleaned.removed).toHaveLength(6);
  });

  it("records the byline and takes the names as metadata", () => {
    const cleaned = cleanSource({ text: "By Nora Quist and Paul Ede\nThe ferry resumed service on Thursday after a two-week strike." });
    expect(cleaned.byline).toBe("Nora Quist and Paul Ede");
    expect(cleaned.removed).toEqual([{ text: "By Nora Quist and Paul Ede", reason: "boilerplate" }]);
  });

  it("warns when the story ends mid-sentence", () => {
    const cleaned = cleanSource({ text: "The council met on Monday to discuss the budget.\nMembers argued that the new levy would" });
    expect(cleaned.warnings).toEqual(["looks truncated (its cut-off last sentence was removed)"]);
  });

  it("warns when nothing but boilerplate is left", () => {
    const cleaned = cleanSource({ text: "404\nPage not found. Sorry, the page you requested does not exist." });
    expect(cleaned.paragraphs).toEqual([]);
    expect(cleaned.warnings).toEqual(["has no story text after cleaning"]);
  });
});
