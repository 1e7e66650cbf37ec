import { describe, expect, it } from "vitest";
import { analyzeSentence } from "../normalize/analyze-sentence";
import { datesAgree } from "../normalize/dates";
import { numbersAgree } from "../normalize/numbers";
import { classifyGroup } from "./classify-group";

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

  it("does not report a hedge or a rounding as a conflict", () => {
    expect(types("About 14,000 homes lost power in Orlen overnight.", "In Orlen, 14,000 homes lost power overnight.")).not.toContain("number");
    expect(types("Nearly 70 flights were cancelled at Orlen airport.", "Orlen airport cancelled 69 flights.")).not.toContain("number");
    expect(types("The storm cut power to 1.2 million homes in Orlen.", "The storm cut power to 1,184,000 homes in Orlen.")).not.toContain("number");
  });
});
