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

  it("takes same-topic headlines when a link-list label heads them", () => {
    const related = ["Storm Petra Closes Roads", "Selby Sea Wall Damaged", "Dunmore Trains Cancelled"];
    expect(takenIndices([...BODY, "More on this story", ...related])).toEqual([3, 4, 5]);
    expect(takenIndices([...BODY, "Related:", ...related.slice(0, 2)])).toEqual([3, 4]);
  });

  it("leaves a long table of results that the story talks about", () => {
    const story = "Storm Petra closed rail lines in Dunmore, Selby, Carrow, Eastwick, Fenton and Galloway on Monday.";
    const results = ["Dunmore 12", "Selby 9", "Carrow 7", "Eastwick 4", "Fenton 3", "Galloway 1"];
    expect(takenIndices([story, "Cancelled trains by town", ...results])).toEqual([]);
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

  it("takes sentence-case headlines under a label, even on the story's topic", () => {
    const related = ["Storm Petra closes coastal roads", "Why the Selby sea wall keeps failing", "Explainer: how storms are named"];
    expect(takenIndices([...BODY, "Related stories", ...related])).toEqual([2, 3, 4, 5]);
  });

  it("takes an unlabelled run of off-topic sentence-case headlines after the story", () => {
    const list = ["Film festival opens with record crowds", "Local bakery wins national award", "Tech firm picks a new headquarters"];
    expect(takenIndices([...BODY, ...list])).toEqual([2, 3, 4]);
  });

  it("leaves sentence-case lines that talk about the story, or sit inside it", () => {
    const points = ["Coastal rail line closed for a second day", "Waves washed ballast from under the track", "Engineers inspect the Selby sea wall"];
    expect(takenIndices([...BODY, ...points])).toEqual([]);
    const aside = ["Film festival opens with record crowds", "Local bakery wins national award", "Tech firm picks a new headquarters"];
    expect(takenIndices([BODY[0] ?? "", ...aside, BODY[1] ?? ""])).toEqual([]);
  });

  it("stops a labelled list at the first finished sentence", () => {
    const page = [...BODY, "Most read", "Choir wins regional prize", "The line reopened on Tuesday morning after repairs, the operator said."];
    expect(takenIndices(page)).toEqual([2, 3]);
  });
});
