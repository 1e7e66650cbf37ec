import { describe, expect, it } from "vitest";
import { findHeadline } from "./find-headline";

const BODY = "The Lakeport council approved the new harbour bridge on Tuesday after a long debate.";

describe("findHeadline", () => {
  it("finds a Title Case headline above the body", () => {
    expect(findHeadline(["Council Backs Harbour Bridge", BODY])).toEqual({ index: 0, labels: [] });
  });

  it("finds a sentence-case headline without final punctuation", () => {
    expect(findHeadline(["Council backs harbour bridge after long debate", BODY]).index).toBe(0);
  });

  it("takes the longer line as the headline and a short one beside it as a section label", () => {
    expect(findHeadline(["Politics", "Council Backs Harbour Bridge", BODY])).toEqual({ index: 1, labels: [0] });
  });

  it("accepts a question headline", () => {
    expect(findHeadline(["Will the Harbour Bridge Be Built?", BODY]).index).toBe(0);
  });

  it.each([
    [[BODY, "Council Backs Harbour Bridge"]],
    [["The vote was 52-48.", BODY]],
    [["Council Backs Harbour Bridge"]],
    [["What the lawmakers said:", BODY]],
  ])("finds none in %j", (paragraphs) => {
    expect(findHeadline(paragraphs).index).toBeNull();
  });
});
