import { describe, expect, it } from "vitest";
import { compareSources } from "../../lib/compare";
import { makeHandmadeFacts } from "../../test-support/fact-reports";
import { formatReport } from "./format-report";

// Invented reports of one harbour fire.
const A = "Harbour fire under control\n\nA fire broke out in a warehouse at Kessel harbour on Monday night. Firefighters needed six hours to bring it under control. Nobody was hurt, the fire service said.";
const B = "Firefighters spent six hours fighting a warehouse fire at Kessel harbour on Monday night. The fire service said nobody was hurt. The cause is not yet known.";
const deps = { now: () => new Date("2031-01-01T00:00:00Z") };

describe("formatReport", () => {
  it("names each source once: the outlet and title, or the title alone", () => {
    const report = formatReport(compareSources([{ text: A }, { text: B, outlet: "Kessel Post", title: "Warehouse fire" }], deps));
    expect(report).toContain("s1 Harbour fire under control: ");
    expect(report).not.toContain("Harbour fire under control — Harbour fire under control");
    expect(report).toContain("s2 Kessel Post — Warehouse fire: ");
  });

  it("lists shared facts with every source's sentence", () => {
    const report = formatReport(compareSources([{ text: A }, { text: B }], deps));
    expect(report).toMatch(/SHARED \(\d\)/);
    expect(report).toContain("Nobody was hurt, the fire service said.");
    expect(report).toContain("The fire service said nobody was hurt.");
  });

  it("quotes each member of a version-2 fact with its own part of a two-fact sentence", () => {
    const report = formatReport(makeHandmadeFacts());
    const conflicts = report.slice(report.indexOf("CONFLICTS"), report.indexOf("SHARED"));
    expect(conflicts).toContain("[s3 River News] injuring 14 passengers.");
    expect(conflicts).not.toContain("came off its track");
  });
});
