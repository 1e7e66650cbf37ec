import { describe, expect, it } from "vitest";
import type { SentenceAnalysis } from "../types";
import { analyzeSentence, analyzeSentences } from "./analyze-sentence";

const ctx = { publishedAt: "2025-10-20" };
const sharesConcept = (a: SentenceAnalysis, termA: string, b: SentenceAnalysis, termB: string) => {
  const ca = a.concepts[a.terms.indexOf(termA)] ?? [];
  const cb = b.concepts[b.terms.indexOf(termB)] ?? [];
  return ca.some((key) => cb.includes(key));
};

describe("analyzeSentence", () => {
  it("spells percent one way, whatever the house style", () => {
    const terms = (text: string) => analyzeSentence(text, { publishedAt: null }).terms.filter((t) => t === "percent");
    expect(terms("Wages rose 9% this year.")).toEqual(["percent"]);
    expect(terms("Wages rose 9 percent this year.")).toEqual(["percent"]);
    expect(terms("Wages rose 9 per cent this year.")).toEqual(["percent"]);
  });

  it("fills every field for a seed sentence", () => {
    const a = analyzeSentence(
      "Tertel emphasized that only “quiet, calm negotiations and a search for a compromise” could lead to a resolution.", ctx);
    expect(a.tokens.slice(0, 4)).toEqual(["tertel", "emphasized", "that", "only"]);
    expect(a.terms).toContain("negoti");
    expect(a.terms).not.toContain("that");
    expect(a.concepts).toHaveLength(a.terms.length);
    expect(a.quotes).toEqual(["quiet, calm negotiations and a search for a compromise"]);
    expect(a.speakers).toEqual(["tertel"]);
    expect(a.entities.map((e) => e.key)).toEqual(["tertel"]);
    expect(a.negations).toEqual([]);
  });

  it("gives both seeds' spellings of Zelensky one key", () => {
    const menafn = analyzeSentence("This aligns with Lukashenko’s previous remarks from September, where he voiced a willingness to engage directly with Ukraine’s President Vladimir Zelensky.", ctx);
    const econo = analyzeSentence("Last month, Lukashenko also expressed his desire to speak directly with Ukrainian President Volodymyr Zelenskiy to help mediate an end to the war.", ctx);
    const keys = (a: SentenceAnalysis) => a.entities.filter((e) => e.type === "person").map((e) => e.key).sort();
    expect(keys(menafn)).toEqual(keys(econo));
    expect(menafn.dates.map((d) => d.text)).toEqual(["September"]);
    expect(econo.dates.map((d) => d.text)).toEqual(["Last month"]);
  });

  it("links a phrasal verb to its one-word synonym", () => {
    const a = analyzeSentence("The offer was turned down by Kiev.", ctx);
    const b = analyzeSentence("Kyiv rejected the offer.", ctx);
    expect(sharesConcept(a, "turn", b, "reject")).toBe(true);
    expect(a.entities[0]?.key).toBe(b.entities[0]?.key);
  });

  it("links synonyms through inflections and the supplement", () => {
    const a = analyzeSentence("Officials said the talks resumed.", ctx);
    const b = analyzeSentence("Officials stated the negotiations resumed.", ctx);
    expect(a.terms[1]).not.toBe(b.terms[1]); // "said" and "stated" only meet through concepts
    expect(sharesConcept(a, a.terms[1]!, b, b.terms[1]!)).toBe(true);
    expect(sharesConcept(a, "talk", b, "negoti")).toBe(true);
    const c = analyzeSentence("Three soldiers were killed.", ctx);
    const d = analyzeSentence("Three soldiers were slain.", ctx);
    expect(sharesConcept(c, "kill", d, d.terms[2]!)).toBe(true);
  });

  it("reports numbers, negations and possessives without stop words", () => {
    const a = analyzeSentence("The outreach did not free more than 50 of Minsk's political prisoners.", ctx);
    expect(a.numbers.map((n) => n.value)).toEqual([50]);
    expect(a.negations).toEqual(["not"]);
    expect(a.terms).toContain("minsk");
    expect(a.terms).not.toContain("not");
  });

  it("returns fresh arrays that callers may change", () => {
    const a = analyzeSentence("The talks resumed.", ctx);
    a.concepts[0]?.push("mine");
    expect(analyzeSentence("The talks resumed.", ctx).concepts[0]).not.toContain("mine");
  });
});

describe("analyzeSentences", () => {
  it("types a bare name from another sentence of the document", () => {
    const [first, second] = analyzeSentences(["President Marchetti arrived on Sunday.", "Marchetti’s plan was approved."], ctx);
    expect(first?.entities.map((e) => e.type)).toEqual(["person"]);
    expect(second?.entities.map((e) => `${e.key}|${e.type}`)).toEqual([`${first?.entities[0]?.key}|person`]);
  });

  it("recognises a common-looking name at a sentence start when the document capitalises it mid-sentence", () => {
    const [, second] = analyzeSentences(["Talks were hosted by Bush.", "Bush said the talks went well."], ctx);
    expect(second?.speakers).toEqual(["bush"]);
  });
});
