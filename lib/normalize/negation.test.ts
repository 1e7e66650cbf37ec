import { describe, expect, it } from "vitest";
import { tokenizeWords } from "./fold-text";
import { findNegations } from "./negation";

const negationsOf = (text: string) => findNegations(tokenizeWords(text));

describe("findNegations", () => {
  it("finds grammatical negators, contractions normalised to not", () => {
    expect(negationsOf("The minister did not attend the summit.")).toEqual(["not"]);
    expect(negationsOf("The envoy didn't sign and won’t return.")).toEqual(["not", "not"]);
    expect(negationsOf("No agreement was reached and none is expected.")).toEqual(["no", "none"]);
    expect(negationsOf("She has never visited and cannot travel.")).toEqual(["never", "cannot"]);
    expect(negationsOf("They left without a deal.")).toEqual(["without"]);
  });

  it("counts neither ... nor once", () => {
    expect(negationsOf("Neither side nor its allies commented.")).toEqual(["neither"]);
  });

  it("counts verbs that negate their complement", () => {
    expect(negationsOf("The ministry denied that talks took place.")).toEqual(["denied"]);
    expect(negationsOf("The mayor refused to resign.")).toEqual(["refused to"]);
    expect(negationsOf("The spokesman declined to comment.")).toEqual(["declined to"]);
    expect(negationsOf("The council failed to agree.")).toEqual(["failed to"]);
  });

  it("counts 'rule out', so a negated one affirms", () => {
    expect(negationsOf("Police ruled out sabotage.")).toEqual(["ruled out"]);
    expect(negationsOf("The union has not ruled out further strikes.")).toEqual(["not", "ruled out"]);
    expect(negationsOf("The ruling party won.")).toEqual([]);
  });

  it("counts verbs of omission, not the nouns spelled like them", () => {
    expect(negationsOf("The government skipped a required consultation.")).toEqual(["skipped"]);
    expect(negationsOf("Ministers ignored their duty to consult residents.")).toEqual(["ignored"]);
    expect(negationsOf("The minister laid the blame on neglect.")).toEqual([]);
  });

  it("does not count predicates with an object or 'not only'", () => {
    expect(negationsOf("The offer was rejected by the capital.")).toEqual([]);
    expect(negationsOf("The plan was turned down.")).toEqual([]);
    expect(negationsOf("Exports declined 3% in May.")).toEqual([]);
    expect(negationsOf("It hurt not only farmers but also shippers.")).toEqual([]);
  });

  it("reads a negated comparative after could or can as emphasis, not a negation", () => {
    expect(negationsOf("The timing couldn't be more dramatic.")).toEqual([]);
    expect(negationsOf("Residents could not agree more.")).toEqual([]);
    expect(negationsOf("Things can't be better for the club.")).toEqual([]);
    // A limit, and a real comparison, still negate.
    expect(negationsOf("The rise will not be more than 2%.")).toEqual(["not"]);
    expect(negationsOf("The site could not be more than 5 km away.")).toEqual(["not"]);
    expect(negationsOf("She could not attend the hearing.")).toEqual(["not"]);
  });
});

