import { describe, expect, it } from "vitest";
import { analyzeSentences } from "../normalize/analyze-sentence";
import { datesAgree } from "../normalize/dates";
import { numbersAgree } from "../normalize/numbers";
import type { Source } from "../types";
import { createFactClassifier } from "./classify-facts";

// Two made-up sources, written for this test.
const source = (id: string, text: string): Source => ({ id, title: null, outlet: null, url: null, publishedAt: null, sentences: [{ id: `${id}.1`, text, paragraph: 0 }], removed: [] });
const a = "The pool opened at nine, and 120 swimmers came on the first day.";
const b = "The pool opened at nine, and 150 swimmers came on the first day.";

describe("createFactClassifier", () => {
  it("places each value in its sentence when a member's span starts on a loose comma", () => {
    const classify = createFactClassifier([source("s1", a), source("s2", b)], (texts, publishedAt) => analyzeSentences(texts, { publishedAt }), { numbersAgree, datesAgree });
    const from = a.indexOf(", and");
    const { conflicts } = classify([
      { sourceId: "s1", sentenceIds: ["s1.1"], spans: [{ sentenceId: "s1.1", start: from, end: a.length }] },
      { sourceId: "s2", sentenceIds: ["s2.1"], spans: [{ sentenceId: "s2.1", start: from, end: b.length }] },
    ]);
    const values = conflicts.find((c) => c.type === "number")!.values;
    expect(values.map((v) => [a, b][Number(v.sourceId[1]) - 1]!.slice(v.span!.start, v.span!.end))).toEqual(values.map((v) => v.text));
    expect(values.map((v) => v.text)).toEqual(["120", "150"]);
  });
});
