// Version 2 exports say per fact what each source itself printed (issue 10): its span of its
// sentence, never another source's sentence, and never a detail it left out.
import { describe, expect, it } from "vitest";
import { makeFactComparison, makeHandmadeFacts, makeSeedComparison } from "@/test-support/fact-reports";
import { indexSentences, listMemberParts } from "../comparison/read-member";
import { formatCsv } from "./format-csv";
import { formatMarkdownReport } from "./format-markdown";
import { describeShareCard } from "./share-card";

const facts = makeHandmadeFacts();

describe("the Markdown report of a version-2 comparison", () => {
  const md = formatMarkdownReport(facts);

  it("lists each source's own words under a shared fact", () => {
    expect(md).toContain(
      ["1. Stated by Harbour Gazette, Orlov Daily, River News (g1)", "   - **Harbour Gazette:** A tram left the rails in Orlov on Monday", "   - **Orlov Daily:** A tram derailed in Orlov on Monday", "   - **River News:** A tram came off its track in Orlov on Monday"].join("\n"),
    );
  });

  it("never credits the source that left out the inspections with them", () => {
    const g3 = md.slice(md.indexOf("(g3)"), md.indexOf("## Unique facts"));
    expect(g3).not.toContain("River News");
    expect(g3).toContain("**Orlov Daily:** Inspections of every tram were ordered by the board.");
  });

  it("gives a conflict every member's value and each member's own part of its sentence", () => {
    const conflict = md.slice(md.indexOf("## Conflicting details"), md.indexOf("## Shared facts"));
    expect(conflict).toContain("- **Harbour Gazette:** “12”\n- **Orlov Daily:** “twelve”\n- **River News:** “14”");
    expect(conflict).toContain("> **River News:** injuring 14 passengers.");
    expect(conflict).not.toContain("came off its track");
  });
});

describe("the CSV of a version-2 comparison", () => {
  it("puts in each source's column only what that source printed for the fact", () => {
    const rows = formatCsv(facts).trim().split("\r\n").slice(1).map((row) => row.split(","));
    expect(rows[0]!.slice(-3)).toEqual(["A tram left the rails in Orlov on Monday", "A tram derailed in Orlov on Monday", "A tram came off its track in Orlov on Monday"]);
    expect(rows[1]!.slice(-3)).toEqual(["injuring 12 passengers.", "and twelve passengers were hurt.", "injuring 14 passengers."]);
    expect(rows[2]!.at(-1)).toBe("");
  });
});

describe("the share card of a version-2 comparison", () => {
  it("names the event with a shared fact's own words, not the rest of its sentence", () => {
    const card = describeShareCard(facts, null, "latin");
    expect(card.title).toBe("A tram derailed in Orlov on Monday");
    expect(card.outlets).toBe("Harbour Gazette · Orlov Daily · River News");
    expect(card.stats).toEqual({ shared: 2, conflict: 1, unique: 1 });
  });
});

describe("exports of the version-2 engine's own results", () => {
  it.each([
    ["our three reports", makeFactComparison()],
    ["the seed", makeSeedComparison(true)],
  ])("quote in %s, for each source, only text from its own sentences", (_, comparison) => {
    expect(comparison.version).toBe(2);
    const sentences = indexSentences(comparison);
    const csv = formatCsv(comparison);
    const md = formatMarkdownReport(comparison);
    for (const group of comparison.groups) {
      for (const member of group.members) {
        for (const part of listMemberParts(member, sentences)) {
          expect(sentences.get(part.sentenceId)!.text).toContain(part.text);
          expect(part.sentenceId.startsWith(`${member.sourceId}.`)).toBe(true);
        }
      }
    }
    expect(md).toMatch(/^# /);
    expect(csv.split("\r\n").length).toBe(comparison.groups.length + 2);
    expect(describeShareCard(comparison, null, "latin").stats).toEqual(comparison.stats);
  });
});
