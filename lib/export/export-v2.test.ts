// Version 2 exports say per fact what each source itself printed (issue 10): its span of its
// sentence, never another source's sentence, and never a detail it left out.
import { describe, expect, it } from "vitest";
import { makeFactComparison, makeSeedComparison } from "@/test-support/fact-reports";
import { indexSentences, listMemberParts } from "../comparison/read-member";
import type { Comparison, Source } from "../types";
import { formatCsv } from "./format-csv";
import { formatMarkdownReport } from "./format-markdown";
import { describeShareCard } from "./share-card";

const source = (id: string, outlet: string, texts: string[]): Source => ({
  id, title: null, outlet, url: null, publishedAt: null, removed: [],
  sentences: texts.map((text, k) => ({ id: `${id}.${k + 1}`, text, paragraph: 0 })),
});

// Our own reports: each lead states two facts; the third source never mentions inspections.
const A = "A tram left the rails in Orlov on Monday, injuring 12 passengers.";
const B = "A tram derailed in Orlov on Monday, and twelve passengers were hurt.";
const C = "A tram came off its track in Orlov on Monday, injuring 14 passengers.";
const span = (sentenceId: string, text: string, part: string) => ({ sentenceId, start: text.indexOf(part), end: text.indexOf(part) + part.length });
const facts: Comparison = {
  version: 2,
  id: "Facts00000000002",
  createdAt: "2031-04-07T08:00:00.000Z",
  sources: [
    source("s1", "Harbour Gazette", [A, "The board ordered inspections of every tram."]),
    source("s2", "Orlov Daily", [B, "Inspections of every tram were ordered by the board."]),
    source("s3", "River News", [C, "It was the second derailment this year."]),
  ],
  groups: [
    {
      id: "g1", kind: "shared", score: 0.9, conflicts: [], variants: [], diff: null,
      members: [
        { sourceId: "s1", sentenceIds: ["s1.1"], spans: [span("s1.1", A, "A tram left the rails in Orlov on Monday")] },
        { sourceId: "s2", sentenceIds: ["s2.1"], spans: [span("s2.1", B, "A tram derailed in Orlov on Monday")] },
        { sourceId: "s3", sentenceIds: ["s3.1"], spans: [span("s3.1", C, "A tram came off its track in Orlov on Monday")] },
      ],
    },
    {
      id: "g2", kind: "conflict", score: 0.7, variants: [], diff: null,
      conflicts: [{ type: "number", values: [{ sourceId: "s1", text: "12" }, { sourceId: "s2", text: "twelve" }, { sourceId: "s3", text: "14" }] }],
      members: [
        { sourceId: "s1", sentenceIds: ["s1.1"], spans: [span("s1.1", A, ", injuring 12 passengers.")] },
        { sourceId: "s2", sentenceIds: ["s2.1"], spans: [span("s2.1", B, ", and twelve passengers were hurt.")] },
        { sourceId: "s3", sentenceIds: ["s3.1"], spans: [span("s3.1", C, ", injuring 14 passengers.")] },
      ],
    },
    { id: "g3", kind: "shared", score: 0.8, conflicts: [], variants: [], diff: null, members: [{ sourceId: "s1", sentenceIds: ["s1.2"] }, { sourceId: "s2", sentenceIds: ["s2.2"] }] },
    { id: "g4", kind: "unique", score: 1, conflicts: [], variants: [], diff: null, members: [{ sourceId: "s3", sentenceIds: ["s3.2"] }] },
  ],
  stats: { shared: 2, conflict: 1, unique: 1 },
  warnings: [],
};

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
