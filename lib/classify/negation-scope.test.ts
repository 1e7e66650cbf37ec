import { describe, expect, it } from "vitest";
import { analyzeSentence } from "../normalize/analyze-sentence";
import { datesAgree } from "../normalize/dates";
import { numbersAgree } from "../normalize/numbers";
import { classifyGroup } from "./classify-group";
import { listNegatedStems, mentionsNegated } from "./negation-scope";

const ctx = { publishedAt: "2026-03-14" };
const types = (...texts: string[]) =>
  classifyGroup(texts.map((text, k) => ({ sourceId: `s${k + 1}`, text, analysis: analyzeSentence(text, ctx) })), { numbersAgree, datesAgree }).conflicts.map((c) => c.type);

describe("the scope of a negation", () => {
  it("reads the first content words after each cue, within its clause", () => {
    expect(listNegatedStems("Officials did not confirm the death toll, citing the ongoing searches.")).toEqual(["confirm", "death", "toll"]);
    expect(listNegatedStems("The mayor did not hesitate, and the contract was approved.")).toEqual(["hesit"]);
    expect(listNegatedStems("The ferry sailed on time.")).toEqual([]);
  });

  it("asks whether the other sentence speaks of the negated words", () => {
    const other = analyzeSentence("The ministry approved the bridge contract on Friday.", ctx);
    expect(mentionsNegated("The ministry did not approve the contract.", other)).toBe(true);
    expect(mentionsNegated("Residents who had not slept for days queued at the ministry.", other)).toBe(false);
  });
});

describe("negation conflicts need a shared negated fact", () => {
  it("keeps a denial of what the other sentence affirms", () => {
    expect(types("The ministry did not approve the bridge contract.", "The ministry approved the bridge contract on Friday.")).toContain("negation");
  });

  it("ignores a negation about something the other sentence never mentions", () => {
    expect(types("Residents who had not slept for days queued for water at the harbour.", "Water deliveries reached the harbour on Friday.")).not.toContain("negation");
  });

  it("stops the negated words at a time adjunct, which is the circumstance and not the thing denied", () => {
    expect(listNegatedStems("The audit has not been published during the inquiry.")).toEqual(["publish"]);
    expect(types("The audit has not been published during the inquiry.", "The inquiry into the Orlen depot opened in May.")).not.toContain("negation");
    expect(types("The bank favoured no change in rates.", "The bank wanted a change in rates.")).toContain("negation");
  });

  it("needs two of the negated words, so a shared topic word alone is not a denial", () => {
    expect(types("No residents would be forced to leave Orlen, the mayor said.", "Residents of Orlen queued for water on Friday.")).not.toContain("negation");
    expect(types("The plan does not require the demolition of any homes in Orlen.", "Six homes in Orlen will have to be demolished.")).toContain("negation");
  });

  it("ignores a negation that ends with its clause", () => {
    expect(types("The mayor did not hesitate, and the bridge contract was approved on Friday.", "The bridge contract was approved on Friday.")).not.toContain("negation");
  });
});
