import { describe, expect, it } from "vitest";
import { defaultEngine } from "@/lib/engine/default-engine";
import type { Comparison, Group } from "@/lib/types";
import { TWO_FACT_SOURCES } from "@/test-support/two-fact-story";
import { hasSpans, listMemberSentences, markMemberSentence, readFactText } from "./fact-members";
import { buildPageData, readMember } from "./page-model";

const now = { now: () => new Date("2031-03-05T10:00:00.000Z") };
const inputs = TWO_FACT_SOURCES.map((source) => ({ ...source }));
const v2 = defaultEngine.compare(inputs, now, { facts: true });
const v1 = defaultEngine.compare(inputs, now);
const textMap = (comparison: Comparison) => buildPageData("t", comparison).sentenceText;
const factOf = (comparison: Comparison, sentenceId: string, words: RegExp) =>
  comparison.groups.find((g) => g.members.some((m) => m.sentenceIds.includes(sentenceId)) && words.test(readFactText(textMap(comparison), g.members.find((m) => m.sentenceIds.includes(sentenceId)))))!;

describe("readFactText", () => {
  it("is exactly the member's sentences in version 1, as the page read them before", () => {
    const data = buildPageData("t", v1);
    for (const group of v1.groups) {
      for (const member of group.members) expect(readFactText(data.sentenceText, member)).toBe(readMember(data, member.sentenceIds));
    }
  });

  it("is only the member's own words in version 2: each lead sentence gives two facts two different texts", () => {
    const texts = textMap(v2);
    const injury = factOf(v2, "s2.1", /drivers/);
    const spill = factOf(v2, "s1.1", /fertiliser/);
    expect(readFactText(texts, injury.members.find((m) => m.sourceId === "s2"))).toBe("injuring its two drivers.");
    expect(readFactText(texts, spill.members.find((m) => m.sourceId === "s1"))).toBe("spilling 40 tonnes of fertiliser into the Lisk river.");
    expect(readFactText(texts, spill.members.find((m) => m.sourceId === "s1"))).not.toContain("derailed");
    expect(readFactText(texts, undefined)).toBe("");
  });

  it("joins a member's parts that lie apart with an ellipsis", () => {
    const member = { sourceId: "s1", sentenceIds: ["s1.1"], spans: [{ sentenceId: "s1.1", start: 0, end: 4 }, { sentenceId: "s1.1", start: 11, end: 16 }] };
    expect(readFactText(new Map([["s1.1", "Rain fell; roads shut."]]), member)).toBe("Rain … roads");
  });
});

describe("listMemberSentences", () => {
  it("names the stretches of spanned sentences and none for whole ones", () => {
    const texts = textMap(v2);
    const spill = factOf(v2, "s1.1", /fertiliser/);
    const [s1] = listMemberSentences(texts, spill.members.find((m) => m.sourceId === "s1")!);
    expect(s1!.stretches).toHaveLength(1);
    expect(s1!.text.slice(s1!.stretches![0]!.start, s1!.stretches![0]!.end)).toMatch(/^spilling 40 tonnes/);
    const whole = spill.members.find((m) => !hasSpans(m));
    if (whole) expect(listMemberSentences(texts, whole)[0]!.stretches).toBeNull();
    expect(listMemberSentences(new Map(), { sourceId: "s9", sentenceIds: ["s9.1"] })).toEqual([]);
  });
});

describe("markMemberSentence", () => {
  it("marks the member's part as the fact and its value inside it", () => {
    const texts = textMap(v2);
    const spill = factOf(v2, "s1.1", /fertiliser/);
    const member = spill.members.find((m) => m.sourceId === "s1")!;
    const sentence = listMemberSentences(texts, member)[0]!;
    const marks = markMemberSentence(spill, "s1", sentence);
    const slice = (type: string) => marks.filter((m) => m.type === type).map((m) => sentence.text.slice(m.start, m.end));
    expect(slice("fact")).toEqual(["spilling 40 tonnes of fertiliser into the Lisk river."]);
    expect(slice("value")).toEqual(["40 tonnes"]);
  });

  it("marks nothing as the fact for a whole sentence, and no value in a shared fact", () => {
    const group: Group = { id: "g1", kind: "shared", members: [{ sourceId: "s1", sentenceIds: ["s1.1"] }], score: 1, conflicts: [], variants: [], diff: null };
    expect(markMemberSentence(group, "s1", { sentenceId: "s1.1", text: "Roads shut.", stretches: null })).toEqual([]);
  });
});
