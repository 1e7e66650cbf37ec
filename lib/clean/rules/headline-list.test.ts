import { describe, expect, it } from "vitest";
import { applyRules } from "./clean-rules";
import { headlineList } from "./headline-list";

const BODY = [
  "Storm Petra closed the coastal rail line between Dunmore and Selby for a second day on Monday, the operator said.",
  "Engineers said waves had washed ballast from under the track near the Selby sea wall during the night.",
];
const takenIndices = (paragraphs: string[]) => applyRules(paragraphs, [headlineList]).map((hit) => hit.index);

describe("headline-list rule", () => {
  it("takes a run of unrelated headlines after the story", () => {
    const list = ["Film Festival Opens With Record Crowds", "Local Bakery Wins National Award", "Tech Firm Announces New Headquarters"];
    expect(takenIndices([...BODY, ...list])).toEqual([2, 3, 4]);
  });

  it("leaves two headline-like lines alone", () => {
    expect(takenIndices([...BODY, "Film Festival Opens", "Local Bakery Wins Award"])).toEqual([]);
  });

  it("leaves a short run that talks about the story", () => {
    const subheads = ["Selby Rail Line Closed", "Storm Petra Damage", "Dunmore Trains Cancelled"];
    expect(takenIndices([...BODY, ...subheads])).toEqual([]);
  });

  it("takes a long run even when its headlines share the story's topic", () => {
    const related = ["Storm Petra Closes Roads", "Selby Sea Wall Damaged", "Dunmore Trains Cancelled", "Rail Operator Warns Of Delays", "Storm Petra Weakens", "Selby Rail Line Reopens"];
    expect(takenIndices([...BODY, ...related])).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it("leaves names introduced by a colon", () => {
    expect(takenIndices([...BODY, "The injured were:", "Marta Okafor", "Leo Brandt", "Sami Haddad"])).toEqual([]);
  });

  it("takes a menu above the story but spares the story's own headline", () => {
    const page = ["Home", "World", "Business", "Storm Petra Closes Selby Rail Line", ...BODY];
    expect(takenIndices(page)).toEqual([0, 1, 2]);
  });

  it("counts a short list label as part of the run", () => {
    expect(takenIndices([...BODY, "Most read", "Choir Wins Regional Prize", "New Cafe Opens on Quay Street"])).toEqual([2, 3, 4]);
  });
});
