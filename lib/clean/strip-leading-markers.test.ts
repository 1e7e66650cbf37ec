import { describe, expect, it } from "vitest";
import { cleanSource } from "./clean-source";
import { stripLeadingMarkers } from "./strip-leading-markers";

describe("stripLeadingMarkers", () => {
  it("cuts an archive stamp glued to the first line", () => {
    expect(stripLeadingMarkers("date 2031-05-02 Ferry strike ends after two weeks")).toEqual({
      text: "Ferry strike ends after two weeks",
      removed: [{ text: "date 2031-05-02", reason: "boilerplate" }],
    });
  });

  it("cuts stacked markers: stamp, summary widget and its AI notice", () => {
    const { text, removed } = stripLeadingMarkers("date 2031-05-02 Show Key Points Key Points Summary is AI-generated, desk-checked The ferry left.");
    expect(text).toBe("The ferry left.");
    expect(removed.map((r) => r.text)).toEqual(["date 2031-05-02", "Show Key Points Key Points Summary is AI-generated, desk-checked"]);
  });

  it("cuts an icon name glued to the first word and a news flag", () => {
    expect(stripLeadingMarkers("text_fieldsThe harbour reopened on Monday.").text).toBe("The harbour reopened on Monday.");
    expect(stripLeadingMarkers("UPDATE: The harbour reopened on Monday.").text).toBe("The harbour reopened on Monday.");
    expect(stripLeadingMarkers("🚨BREAKING: Harbour reopens after storm, ships queue").text).toBe("Harbour reopens after storm, ships queue");
    expect(stripLeadingMarkers("Live updates: Storm reaches the coast").removed).toEqual([{ text: "Live updates:", reason: "boilerplate" }]);
  });

  it("keeps story openings that only look similar", () => {
    for (const line of [
      "Update the timetable, the mayor said: buses must run at night.",
      "The date 2031-05-02 was set for the vote.",
      "Dates: 2031-05-02 and 2031-05-09 were proposed.",
      "Breaking: the news reached the village by noon",
      "BREAKING: Harbour Reopens After Storm",
      "Live coverage of the match drew 2 million viewers.",
      "Summary judgments are rare, the court said.",
      "snake_case names are common in code.",
    ]) {
      expect(stripLeadingMarkers(line)).toEqual({ text: line, removed: [] });
    }
  });

  it("leaves a line that is only a marker to the line rules", () => {
    expect(stripLeadingMarkers("UPDATE: ").text).toBe("UPDATE: ");
  });
});

describe("cleanSource and glued markers", () => {
  it("reads the headline behind an archive stamp", () => {
    const cleaned = cleanSource({ text: "date 2031-05-02 Ferry Strike Ends After Two Weeks\nThe ferry resumed service on Thursday after a two-week strike." });
    expect(cleaned.title).toBe("Ferry Strike Ends After Two Weeks");
    expect(cleaned.removed).toContainEqual({ text: "date 2031-05-02", reason: "boilerplate" });
  });
});

describe("cleanSource and a marker at a line's start", () => {
  it("cuts an icon name before lines are joined, so the headline stays apart", () => {
    const cleaned = cleanSource({ text: "Ferry strike ends after two weeks\ntext_fieldsThe ferry resumed service on Thursday after a two-week strike." });
    expect(cleaned.title).toBe("Ferry strike ends after two weeks");
    expect(cleaned.paragraphs).toEqual(["The ferry resumed service on Thursday after a two-week strike."]);
  });
});
