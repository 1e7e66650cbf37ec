import { describe, expect, it } from "vitest";
import { analyzeSentence } from "../normalize/analyze-sentence";
import { datesAgree } from "../normalize/dates";
import { numbersAgree } from "../normalize/numbers";
import { classifyGroup } from "./classify-group";
import { areTwoEvents } from "./rival-guards";

const ctx = { publishedAt: "2026-03-14" };
const types = (...texts: string[]) =>
  classifyGroup(texts.map((text, k) => ({ sourceId: `s${k + 1}`, text, analysis: analyzeSentence(text, ctx) })), { numbersAgree, datesAgree }).conflicts.map((c) => c.type);

describe("figures that are not rival reports", () => {
  it("reads a breakdown against its total as agreement", () => {
    expect(types("The coach carried 38 passengers and 2 drivers when it overturned near Brisa.", "All 40 people on the coach that overturned near Brisa were taken to hospital.")).not.toContain("number");
  });

  it("still reads a small split as a rival of another split, even when it adds up to a figure", () => {
    expect(types("The nine-member panel decided by seven votes to two.", "The panel split six to three.")).toContain("number");
  });

  it("keeps a different total a conflict", () => {
    expect(types("The coach carried 38 passengers and 2 drivers when it overturned near Brisa.", "All 45 people on the coach that overturned near Brisa were taken to hospital.")).toContain("number");
  });

  it("reads a figure that names something (Category 4) as a label, not a rival quantity", () => {
    expect(types("Orlen was hit by a powerful Category 4 storm on Sunday.", "The storm pushed a surge of 7 feet into Orlen on Sunday.")).not.toContain("number");
    expect(types("Orlen was hit by a storm with winds of 4 metres a second on Sunday.", "The storm in Orlen brought winds of 7 metres a second on Sunday.")).toContain("number");
  });

  it("reads a figure after a code in capitals (Flight XR 171) as a label too", () => {
    expect(types("Flight XR 171 left Orlen with 180 people aboard.", "The Orlen plane had 140 people aboard.")).toContain("number");
    expect(types("Flight XR 171 left Orlen on Sunday.", "The Orlen plane had 140 people aboard on Sunday.")).not.toContain("number");
  });

  it("does not set a count of one thing against a measure of another (crew against years)", () => {
    expect(types("Twelve crew members were on the Orlen ferry when it sank.", "The Orlen ferry, in service for 14 years, sank on Sunday.")).not.toContain("number");
    expect(types("The Orlen ferry sank with 40 people aboard.", "The Orlen ferry sank with 45 passengers aboard.")).toContain("number");
    expect(types("The storm cut power to 30,000 homes in Orlen.", "The storm cut power to 40,000 households in Orlen.")).toContain("number");
  });

  it("reads speeds as units, so winds in mph and in kph are two measures", () => {
    expect(types("Gusts in Orlen reached 220 mph on Sunday.", "Winds in Orlen reached 295 kph on Sunday.")).not.toContain("number");
    expect(types("Winds in Orlen reached 165 miles per hour on Sunday.", "Winds in Orlen reached 185 mph on Sunday.")).toContain("number");
  });

  it("does not report a hedge or a rounding as a conflict", () => {
    expect(types("About 14,000 homes lost power in Orlen overnight.", "In Orlen, 14,000 homes lost power overnight.")).not.toContain("number");
    expect(types("Nearly 70 flights were cancelled at Orlen airport.", "Orlen airport cancelled 69 flights.")).not.toContain("number");
    expect(types("The storm cut power to 1.2 million homes in Orlen.", "The storm cut power to 1,184,000 homes in Orlen.")).not.toContain("number");
  });
});

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
