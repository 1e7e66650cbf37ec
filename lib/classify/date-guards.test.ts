import { describe, expect, it } from "vitest";
import { analyzeSentence } from "../normalize/analyze-sentence";
import { datesAgree } from "../normalize/dates";
import { numbersAgree } from "../normalize/numbers";
import { classifyGroup } from "./classify-group";
import { areTwoEvents } from "./date-guards";

const ctx = { publishedAt: "2026-03-14" };
const types = (...texts: string[]) =>
  classifyGroup(texts.map((text, k) => ({ sourceId: `s${k + 1}`, text, analysis: analyzeSentence(text, ctx) })), { numbersAgree, datesAgree }).conflicts.map((c) => c.type);

describe("dates that are two events, not rival dates of one", () => {
  it("measures the gap between the two dates' ranges", () => {
    expect(areTwoEvents({ text: "1921", value: "1921" }, { text: "1998", value: "1998" })).toBe(true);
    expect(areTwoEvents({ text: "2018", value: "2018" }, { text: "2019", value: "2019" })).toBe(false);
    expect(areTwoEvents({ text: "on Tuesday", value: "weekday:2" }, { text: "1998", value: "1998" })).toBe(false);
  });

  it("does not set a storm of decades ago against another outlet's record year", () => {
    expect(types("The storm matched the Great Gale of 1921 in strength.", "Only the cyclone of 1998 was stronger.")).not.toContain("date");
  });

  it("does not set a background year against the news of the week", () => {
    expect(types("The Orlen depot, opened in 1962, will close.", "The council voted on Tuesday to close the Orlen depot.")).not.toContain("date");
  });

  it("keeps rival years of one event a conflict", () => {
    expect(types("It is the first strike at the Orlen depot since 2018.", "It is the first strike at the Orlen depot since 2019.")).toContain("date");
  });

  it("resolves a weekday against the publication date before comparing", () => {
    expect(types("The council voted on Tuesday to close the Orlen depot.", "The council voted on March 10 to close the Orlen depot.")).not.toContain("date");
    expect(types("The council voted on Tuesday to close the Orlen depot.", "The council voted on March 11 to close the Orlen depot.")).toContain("date");
  });
});
