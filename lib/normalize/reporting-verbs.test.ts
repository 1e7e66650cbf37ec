import { describe, expect, it } from "vitest";
import { extractEntities } from "./entities";
import { findAsides } from "./find-asides";
import { extractNumbers } from "./numbers";
import { isReportingVerb, joinVerbs, NEUTRAL_REPORTING_VERBS, REPORTING_VERBS } from "./reporting-verbs";
import { findSpeakers } from "./speakers";

// Made-up sentences, written for these tests.
describe("the one list of reporting verbs", () => {
  it("holds each verb once and escapes nothing it does not need to", () => {
    expect(new Set(REPORTING_VERBS).size).toBe(REPORTING_VERBS.length);
    expect(new RegExp(`^(?:${joinVerbs(REPORTING_VERBS)})$`).test("reported")).toBe(true);
    expect(isReportingVerb("warned")).toBe(true);
    expect(isReportingVerb("walked")).toBe(false);
  });

  it("names a speaker before any verb of the list, 'reported' included", () => {
    const text = "The Kellan Post reported that the dam held overnight.";
    expect(findSpeakers(text, extractEntities(text))).toContain(extractEntities(text)[0]!.key);
  });

  it("cuts an attribution tail that ends on any verb of the list", () => {
    expect(findAsides("Fares on the coastal line will rise in May, the rail operator warned.")).toEqual(["the rail operator warned"]);
  });

  it("never takes a reporting verb for what a count counts", () => {
    expect(extractNumbers("About 40 warned of longer queues at the border.")[0]!.counted).toBeNull();
  });

  it("keeps the neutral verbs the matcher weighs down inside the one list", () => {
    expect(NEUTRAL_REPORTING_VERBS.filter((verb) => !isReportingVerb(verb))).toEqual([]);
  });
});
