import { describe, expect, it } from "vitest";
import { analyzeSentence } from "../normalize/analyze-sentence";
import { datesAgree } from "../normalize/dates";
import { numbersAgree } from "../normalize/numbers";
import { classifyGroup, type MemberSide } from "./classify-group";

const ctx = { publishedAt: "2026-03-14" };
const side = (sourceId: string, text: string): MemberSide => ({ sourceId, text, analysis: analyzeSentence(text, ctx) });
const classify = (...texts: string[]) => classifyGroup(texts.map((t, k) => side(`s${k + 1}`, t)), { numbersAgree, datesAgree });

describe("classifyGroup", () => {
  it("calls one sentence unique and matching statements shared", () => {
    expect(classify("The bridge reopened on Monday.").kind).toBe("unique");
    const r = classify("The Orvel bridge reopened on Monday after repairs.", "After repairs, the Orvel bridge reopened on Monday.");
    expect(r.kind).toBe("shared");
    expect(r.conflicts).toEqual([]);
  });

  it("types a different figure as a number conflict with each source's value", () => {
    const r = classify("The fire killed 14 people in the harbour district.", "The fire killed 19 people in the harbour district.");
    expect(r.kind).toBe("conflict");
    expect(r.conflicts).toEqual([{ type: "number", values: [{ sourceId: "s1", text: "14 people" }, { sourceId: "s2", text: "19 people" }] }]);
  });

  it("does not set a place or person against one that the other outlet names elsewhere in its article", () => {
    const a = side("s1", "The ferry left Paris for London on Sunday.");
    const b = side("s2", "The ferry sank near Lisbon on Sunday.");
    expect(classifyGroup([a, b], { numbersAgree, datesAgree }).conflicts.map((c) => c.type)).toContain("place");
    const knowsBoth = { ...b, articleKeys: new Set(a.analysis.entities.map((e) => e.key)) };
    expect(classifyGroup([a, knowsBoth], { numbersAgree, datesAgree }).conflicts.map((c) => c.type)).not.toContain("place");
  });

  it("types different wording of one remark as a quote conflict, but not a shortened quote", () => {
    const differ = classify('Mayor Ilse Brandt called it "a dark day for our quiet town".', 'Mayor Ilse Brandt called it "a terrible day for the whole town".');
    expect(differ.conflicts.map((c) => c.type)).toContain("quote");
    const partial = classify('Brandt said "we will rebuild every single home".', 'Brandt said the town "will rebuild every single home".');
    expect(partial.conflicts.map((c) => c.type)).not.toContain("quote");
  });

  it("types quotations with no word in common as a quote conflict only when one voice says both", () => {
    const sameVoice = classify('Greyholt said it was "deeply disappointed" by the decision.', 'Greyholt called the ruling "a setback for the whole region".');
    expect(sameVoice.conflicts.map((c) => c.type)).toContain("quote");
    const twoVoices = classify('Greyholt said it was "deeply disappointed" by the decision.', 'Residents called the ruling "a victory for the valley".');
    expect(twoVoices.conflicts.map((c) => c.type)).not.toContain("quote");
  });

  it("reads 'has not ruled out' as affirming, against a flat denial", () => {
    const r = classify("The union has not ruled out further strikes in December.", "Solberg said controllers would not strike again in December.");
    expect(r.conflicts.map((c) => c.type)).toContain("negation");
    const same = classify("The union has not ruled out further strikes in December.", "The union said it could strike again in December.");
    expect(same.conflicts.map((c) => c.type)).not.toContain("negation");
  });

  it("reads a verb of omission as the negation it paraphrases", () => {
    const r = classify("The court ruled that the government had not consulted residents of the valley.", "The court ruled that the government skipped a required consultation with residents of the valley.");
    expect(r.conflicts.map((c) => c.type)).not.toContain("negation");
  });

  it("types a negated statement as a negation conflict, showing the negating words", () => {
    const r = classify("Police confirmed the cause of the fire.", "Police did not confirm the cause of the fire.");
    const negation = r.conflicts.find((c) => c.type === "negation");
    expect(negation?.values).toEqual([{ sourceId: "s1", text: "(affirms)" }, { sourceId: "s2", text: "did not confirm the" }]);
  });

  it("reports a transliteration as a variant, never as a conflict", () => {
    const r = classify("Captain Dmitri Volkov steered the ferry to the pier.", "Captain Dmitriy Volkov steered the ferry to the pier.");
    expect(r.kind).toBe("shared");
    expect(r.variants).toEqual([{ type: "transliteration", values: [{ sourceId: "s1", text: "Dmitri Volkov" }, { sourceId: "s2", text: "Dmitriy Volkov" }] }]);
    const names = classify("President Volodymyr Zelenskiy spoke in Kyiv.", "President Vladimir Zelensky spoke in Kiev.");
    expect(names.kind).toBe("shared");
    expect(names.variants.map((v) => v.type)).toContain("transliteration");
  });

  it("calls an accent a spelling variant, and a curly apostrophe no variant at all", () => {
    const accent = classify("Mayor Tomás Brelin opened the market.", "Mayor Tomas Brelin opened the market.");
    expect(accent.variants.map((v) => v.type)).toEqual(["spelling"]);
    const apostrophe = classify("Mayor Aidan O’Rourke opened the market.", "Mayor Aidan O'Rourke opened the market.");
    expect(apostrophe.variants).toEqual([]);
  });

  it("does not treat a fuller form of one name as a variant", () => {
    const r = classify("Alexander Lukashenko met the envoy.", "Lukashenko met the envoy.");
    expect(r.variants).toEqual([]);
  });

  it("types a named voice against another institution as attribution, but not vague sources", () => {
    const r = classify("Harbour chief Ines Okafor said the fire had not been set on purpose.", "The interior ministry said the fire had not been set on purpose.");
    expect(r.conflicts.find((c) => c.type === "attribution")?.values.map((v) => v.text)).toEqual(["Ines Okafor", "ministry"]);
    const vague = classify("Harbour chief Ines Okafor said the pier was closed.", "Officials said the pier was closed.");
    expect(vague.conflicts.map((c) => c.type)).not.toContain("attribution");
  });
});

describe("quote conflicts: one remark quoted two ways, not two remarks", () => {
  it("does not take two remarks that share one content word for one remark", () => {
    const r = classify('Okafor said "the harbour is our future".', 'Okafor said "nobody will take the harbour away".');
    expect(r.conflicts.map((c) => c.type)).not.toContain("quote");
  });

  it("judges each quotation on its own, so a shared short quote does not hide a rewording beside it", () => {
    const r = classify('The council called the plan "a bold step for the valley economy" and "a promise kept".', 'The council praised "a promise kept" and "a brave move for the valley economy".');
    expect(r.conflicts.map((c) => c.type)).toContain("quote");
  });

  it("reads a quotation against the same words reported without quotation marks as agreement", () => {
    const r = classify('Mayor Brandt said "we will rebuild the old mill".', 'Mayor Brandt said the town would rebuild the old mill, calling the fire "a tragedy".');
    expect(r.conflicts.map((c) => c.type)).not.toContain("quote");
  });
});
