import { describe, expect, it } from "vitest";
import { compareSources } from "@/lib/compare";
import type { Comparison } from "@/lib/types";
import { openApiTestBed } from "@/test-support/api-test-bed";
import { TWO_FACT_SOURCES } from "@/test-support/two-fact-story";
import { buildComparisonRecord, createComparison } from "./create-comparison";

describe("createComparison's contract version", () => {
  const sources = TWO_FACT_SOURCES.map((source) => ({ ...source }));

  it("makes version 2 by default, with sentences in two facts, and version 1 when the server is set to it", async () => {
    for (const [contractVersion, expected] of [[undefined, 2], [1, 1], [2, 2]] as const) {
      const bed = await openApiTestBed("sqlite", { contractVersion });
      try {
        const { stored } = await createComparison(bed.services, { sources, listed: false, client: "test" });
        const comparison = JSON.parse(stored.comparisonJson) as Comparison;
        expect(comparison.version).toBe(expected);
        const lead = comparison.groups.filter((group) => group.members.some((member) => member.sentenceIds.includes("s1.1")));
        expect(lead.length).toBe(expected === 2 ? 2 : 1);
      } finally {
        await bed.close();
      }
    }
  });
});

describe("buildComparisonRecord", () => {
  const inputs = [
    { text: "Rain closed the Ostberg road on Monday. Crews cleared it by noon.", title: "Ostberg road closed" },
    { text: "The Ostberg road was closed by rain on Monday. A bus was delayed." },
  ];
  const comparison = compareSources(inputs, { now: () => new Date("2031-01-01T00:00:00.000Z") });

  it("sets the id inside the comparison and keeps inputs, cleaned text and version", () => {
    const record = buildComparisonRecord("Recordid000000001", inputs, comparison, "parallax@9.9.9");
    expect(record.comparison.id).toBe("Recordid000000001");
    expect(comparison.id).toBeNull(); // the engine's result is not mutated
    expect(record.createdAt).toBe("2031-01-01T00:00:00.000Z");
    expect(record.engineVersion).toBe("parallax@9.9.9");
    expect(record.inputs).toBe(inputs);
    expect(record.cleaned.map((c) => c.sourceId)).toEqual(["s1", "s2"]);
    expect(record.cleaned[0]!.text).toContain("Crews cleared it by noon.");
    // The event is named by the fact both share (lib/title), not by source 1's headline.
    expect(record.title).toBe("Rain closed the Ostberg road on Monday");
    expect(record.outlets).toHaveLength(2);
  });
});
