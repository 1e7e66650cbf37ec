import { describe, expect, it } from "vitest";
import { analyzeSentence } from "../normalize/analyze-sentence";
import { datesAgree } from "../normalize/dates";
import { numbersAgree } from "../normalize/numbers";
import { classifyMembers } from "../pipeline/assemble-group";
import { locateValue, type MemberPart } from "./locate-values";

const ctx = { publishedAt: "2031-04-02" };
const part = (sentenceId: string, text: string, offset = 0): MemberPart => ({ sentenceId, offset, text, analysis: analyzeSentence(text, ctx) });

describe("locateValue", () => {
  it("takes a quotation's place from the quote extractor, not the first look-alike words", () => {
    const text = 'Engineers said the pier was sound, but the harbour master said "the pier was sound" only after the divers came back.';
    const span = locateValue("the pier was sound", "quote", [part("a.1", text)])!;
    expect(span.start).toBe(text.indexOf('"the pier') + 1);
    expect(text.slice(span.start, span.end)).toBe("the pier was sound");
  });

  it("shifts a claim's offsets to its sentence", () => {
    const sentence = "The ferry left at dawn, and 212 passengers were on board.";
    const claim = sentence.slice(sentence.indexOf("212"));
    const span = locateValue("212", "number", [part("b.3", claim, sentence.indexOf("212"))])!;
    expect(span).toEqual({ sentenceId: "b.3", start: sentence.indexOf("212"), end: sentence.indexOf("212") + 3 });
  });

  it("gives no place for a value no extractor found", () => {
    expect(locateValue("(not stated)", "number", [part("c.1", "The ferry left at dawn.")])).toBeUndefined();
  });
});

describe("classifyMembers puts a span on every value it can place", () => {
  it("marks each source's own number in its own sentence", () => {
    const texts = ["On Tuesday the Orvel council approved 18 new tram stops.", "The Orvel council approved 21 new tram stops on Tuesday."];
    const sources = texts.map((text, k) => ({ id: `s${k + 1}`, sentences: [{ id: `s${k + 1}.1`, text, paragraph: 0 }], analyses: [analyzeSentence(text, ctx)] }));
    const { conflicts } = classifyMembers([{ source: 0, indices: [0] }, { source: 1, indices: [0] }], sources, { numbersAgree, datesAgree }, { everyValue: true });
    const number = conflicts.find((c) => c.type === "number")!;
    expect(number.values.map((v) => [v.sourceId, v.span?.sentenceId, texts[Number(v.sourceId[1]) - 1]!.slice(v.span!.start, v.span!.end)])).toEqual([
      ["s1", "s1.1", number.values[0]!.text],
      ["s2", "s2.1", number.values[1]!.text],
    ]);
  });
});
