import { describe, expect, it } from "vitest";
import type { Comparison, GroupMember, Source } from "../types";
import { countKinds, countSourceKinds, mapSentenceFacts } from "./count-facts";
import { nameFact, numberFacts } from "./number-facts";
import { describeEvent, labelSource, labelSources, nameEvent, nameSourceId, shortenText } from "./name-comparison";
import { indexSentences, isPartial, listMemberParts, markSentences, readMemberText } from "./read-member";

const source = (over: Partial<Source>): Source => ({ id: "s2", title: null, outlet: null, url: null, publishedAt: null, sentences: [], removed: [], ...over });

// Our own two-fact sentence: the tram (0–44) and the injuries (46–79).
const LEAD = "A tram left the rails in Orlov on Monday, injuring 12 of the passengers on board.";
const comparison: Comparison = {
  version: 2,
  id: null,
  createdAt: "2031-04-07T08:00:00.000Z",
  sources: [
    source({ id: "s1", outlet: "Harbour Gazette", sentences: [{ id: "s1.1", text: LEAD, paragraph: 0 }, { id: "s1.2", text: "The board met at noon.", paragraph: 0 }] }),
    source({ id: "s2", outlet: "  ", url: "https://www.river-news.example/a", sentences: [{ id: "s2.1", text: "A tram derailed in the centre of Orlov early on Monday.", paragraph: 0 }] }),
  ],
  groups: [
    { id: "g1", kind: "shared", members: [{ sourceId: "s1", sentenceIds: ["s1.1"], spans: [{ sentenceId: "s1.1", start: 0, end: 41 }] }, { sourceId: "s2", sentenceIds: ["s2.1"] }], score: 0.8, conflicts: [], variants: [], diff: null },
    { id: "g2", kind: "unique", members: [{ sourceId: "s1", sentenceIds: ["s1.1"], spans: [{ sentenceId: "s1.1", start: 41, end: LEAD.length }] }], score: 1, conflicts: [], variants: [], diff: null },
    { id: "g3", kind: "unique", members: [{ sourceId: "s1", sentenceIds: ["s1.2"] }], score: 1, conflicts: [], variants: [], diff: null },
  ],
  stats: { shared: 1, conflict: 0, unique: 2 },
  warnings: [],
};
const sentences = indexSentences(comparison);

describe("labelSource", () => {
  it("names a source by its outlet, else its headline, else its host, else its place", () => {
    expect(labelSource(source({ outlet: "Orlov Daily", title: "Tram derails" }))).toBe("Orlov Daily");
    expect(labelSource(source({ outlet: " ", title: " Tram derails " }))).toBe("Tram derails");
    expect(labelSource(source({ url: "https://www.river-news.example/tram" }))).toBe("river-news.example");
    expect(labelSource(source({ url: "not a url" }))).toBe("Source 2");
    expect(nameSourceId(labelSources(comparison), "s2")).toBe("river-news.example");
    expect(nameSourceId(labelSources(comparison), "s7")).toBe("s7");
  });
});

describe("member text", () => {
  it("gives a member with spans only its own part, without the joining comma", () => {
    const [tram, injuries] = [comparison.groups[0]!.members[0]!, comparison.groups[1]!.members[0]!];
    expect(readMemberText(tram, sentences)).toBe("A tram left the rails in Orlov on Monday");
    expect(readMemberText(injuries, sentences)).toBe("injuring 12 of the passengers on board.");
    expect(listMemberParts(injuries, sentences)).toEqual([{ sentenceId: "s1.1", start: 41, end: LEAD.length, text: "injuring 12 of the passengers on board.", whole: false }]);
    expect(isPartial(tram, sentences)).toBe(true);
  });

  it("gives a member without spans its whole sentences, and marks words left out inside a sentence", () => {
    expect(readMemberText({ sourceId: "s1", sentenceIds: ["s1.1", "s1.2", "s1.9"] }, sentences)).toBe(`${LEAD} The board met at noon.`);
    const twoParts: GroupMember = { sourceId: "s1", sentenceIds: ["s1.1"], spans: [{ sentenceId: "s1.1", start: 0, end: 6 }, { sentenceId: "s1.1", start: 51, end: LEAD.length }] };
    expect(readMemberText(twoParts, sentences)).toBe("A tram … 12 of the passengers on board.");
  });
});

describe("counts, numbers and the event", () => {
  it("counts facts by kind, overall and per source, and numbers them by their place", () => {
    expect(countKinds(comparison.groups)).toEqual(comparison.stats);
    expect(countSourceKinds(comparison, "s2")).toEqual({ shared: 1, conflict: 0, unique: 0 });
    expect(nameFact(numberFacts(comparison.groups), "g3")).toBe("Fact 3");
    expect(mapSentenceFacts(comparison.groups).get("s1.1")!.map((g) => g.id)).toEqual(["g1", "g2"]);
  });

  it("names the event from the shared fact's own words, not the rest of its sentence", () => {
    expect(describeEvent(comparison)).toBe("A tram left the rails in Orlov on Monday");
    expect(nameEvent(comparison, "  Given title ")).toBe("Given title");
    expect(shortenText("one two three four five", 16)).toBe("one two three…");
  });
});

describe("markSentences", () => {
  it("gives a two-fact sentence one marked part per fact, and other sentences one whole part", () => {
    const marks = markSentences(comparison);
    expect(marks.get("s1.1")).toEqual([{ groupId: "g1", start: 0, end: 41 }, { groupId: "g2", start: 41, end: LEAD.length }]);
    expect(marks.get("s2.1")).toEqual([{ groupId: "g1", start: 0, end: comparison.sources[1]!.sentences[0]!.text.length }]);
  });
});
