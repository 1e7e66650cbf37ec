import { describe, expect, it } from "vitest";
import { splitClaims } from "./split-claims";

const parts = (text: string) => splitClaims(text).map((c) => text.slice(c.start, c.end));

describe("splitClaims", () => {
  it("cuts a participle tail that carries its own fact", () => {
    expect(parts("A landslide buried the Varna road on Monday, killing at least nine drivers.")).toEqual([
      "A landslide buried the Varna road on Monday",
      "killing at least nine drivers.",
    ]);
    expect(parts("The council raised fares by 4%, sharply reducing the number of riders in May.")).toEqual([
      "The council raised fares by 4%",
      "sharply reducing the number of riders in May.",
    ]);
  });

  it("never cuts inside a quotation, which is one remark however many facts it names", () => {
    const remark = "“The town will keep the ferry running, cutting fares for every resident,” the mayor said.";
    expect(parts(remark)).toEqual([remark]);
    // A quotation that began in the sentence before ends at its closing mark.
    expect(parts("We will rebuild the harbour, starting with the old pier,” the mayor said, and the council approved the plan.")).toEqual([
      "We will rebuild the harbour, starting with the old pier,” the mayor said",
      "the council approved the plan.",
    ]);
    // Outside the quotation the sentence is cut as before.
    expect(parts("The storm flooded the harbour on Monday, cutting power to “most of the old town”.")).toEqual([
      "The storm flooded the harbour on Monday",
      "cutting power to “most of the old town”.",
    ]);
  });

  it("keeps prepositions and nouns that end in -ing with their clause", () => {
    for (const text of [
      "The mayor spoke to reporters on Tuesday, according to the town's own statement.",
      "Nine buses were cancelled, including the night service to the airport.",
      "The ferry left the harbour late, during a storm that lasted the whole night.",
    ]) expect(parts(text)).toEqual([text]);
  });

  it("cuts coordinated main clauses, a semicolon and a relative clause", () => {
    expect(parts("The court fined the company two million euros, and the regulator ordered a full audit.")).toEqual([
      "The court fined the company two million euros",
      "the regulator ordered a full audit.",
    ]);
    expect(parts("Shares of Orlen Tech rose 6% on Friday; the company had beaten its own forecast.")).toEqual([
      "Shares of Orlen Tech rose 6% on Friday",
      "the company had beaten its own forecast.",
    ]);
    expect(parts("The award went to Mira Kessel, who has led the clinic since 2009.")).toEqual(["The award went to Mira Kessel", "who has led the clinic since 2009."]);
  });

  it("leaves a short side with its clause, and a sentence without joints whole", () => {
    expect(parts("Rain fell, flooding roads.")).toEqual(["Rain fell, flooding roads."]);
    expect(parts("Trains, buses and ferries stopped for the whole of the afternoon.")).toEqual(["Trains, buses and ferries stopped for the whole of the afternoon."]);
    expect(parts("Ferries stopped for the afternoon while the storm passed over the coast.")).toEqual(["Ferries stopped for the afternoon", "the storm passed over the coast."]);
    expect(parts("The port reopened on Sunday.")).toEqual(["The port reopened on Sunday."]);
  });

  it("covers every word of the sentence, in order, and names the rule of each cut", () => {
    const text = "Fire crews fought the blaze for six hours, saving the old mill; the cause is not yet known.";
    const claims = splitClaims(text);
    expect(claims.map((c) => c.rule)).toEqual([null, "participle tail", "semicolon"]);
    const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];
    expect(claims.flatMap((c) => words(text.slice(c.start, c.end)))).toEqual(words(text));
  });

  it("stays linear on a pathological sentence", () => {
    const text = `${"word, ".repeat(20_000)}${"a".repeat(100_000)}ing, ${"b".repeat(100_000)}ly`;
    const claims = splitClaims(text);
    expect(claims.length).toBeGreaterThan(0);
    expect(claims.at(-1)!.end).toBe(text.length);
  });
});
