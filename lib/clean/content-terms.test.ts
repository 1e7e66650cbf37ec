import { describe, expect, it } from "vitest";
import { listContentTerms } from "./content-terms";

// A made-up sentence, written for this test.
describe("listContentTerms", () => {
  it("drops the shared stop words, reporting verbs and words of time, keeping the story's own words", () => {
    expect(listContentTerms("Officials still warned today that the Marrow bridge would never reopen next year.")).toEqual(["offici", "marrow", "bridg", "reopen"]);
  });
});
