import { describe, expect, it } from "vitest";
import { cleanSource } from "./clean-source";
import { findTruncatedEnd } from "./cut-truncated-end";

describe("findTruncatedEnd", () => {
  it("cuts the unfinished sentence after a finished one", () => {
    expect(findTruncatedEnd("The ferry left at noon. Its captain said the crossing would tak")).toEqual({
      rest: "The ferry left at noon.",
      fragment: "Its captain said the crossing would tak",
    });
  });

  it("takes a paragraph that is only a cut-off sentence, or a Title Case line cut mid-word", () => {
    expect(findTruncatedEnd("Harbour officials warned on Friday that the")).toEqual({ rest: null, fragment: "Harbour officials warned on Friday that the" });
    expect(findTruncatedEnd("Flooding and Landslides Across the Va")).toEqual({ rest: null, fragment: "Flooding and Landslides Across the Va" });
    expect(findTruncatedEnd("The mayor said: “We will rebuild. “Th")?.fragment).toBe("“Th");
  });

  it("keeps finished sentences, teasers ending in an ellipsis and whole update titles", () => {
    expect(findTruncatedEnd("The ferry left at noon.")).toBeNull();
    expect(findTruncatedEnd("“We will be back,” she said.”")).toBeNull();
    expect(findTruncatedEnd("And then the lights went out…")).toBeNull();
    expect(findTruncatedEnd("Twelve passengers rescued from ferry fire, coastguard says")).toBeNull();
    expect(findTruncatedEnd("Ferry Service Resumes After Strike")).toBeNull();
  });
});

describe("cleanSource and a truncated page", () => {
  it("removes the fragment with the reason truncated and warns", () => {
    const cleaned = cleanSource({ text: "The council met on Monday to discuss the budget.\nMembers argued that the new levy would" });
    expect(cleaned.paragraphs).toEqual(["The council met on Monday to discuss the budget."]);
    expect(cleaned.removed).toEqual([{ text: "Members argued that the new levy would", reason: "truncated" }]);
    expect(cleaned.warnings).toEqual(["looks truncated (its cut-off last sentence was removed)"]);
  });

  it("leaves a source that is nothing but the fragment as it is, with the warning", () => {
    const cleaned = cleanSource({ text: "Members argued that the new levy would" });
    expect(cleaned.paragraphs).toEqual(["Members argued that the new levy would"]);
    expect(cleaned.warnings).toEqual(["looks truncated (its last paragraph ends mid-sentence)"]);
  });
});
