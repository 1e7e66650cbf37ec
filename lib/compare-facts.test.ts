import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareSources } from "./compare";
import type { EngineDeps, SourceInput } from "./types";

const compareFacts = (inputs: readonly SourceInput[], deps: EngineDeps) => compareSources(inputs, deps, { facts: true });
import { findComparisonFaults } from "./comparison/find-comparison-faults";
import { isInputError } from "./errors";

const now = () => new Date("2031-06-03T12:00:00Z");

// Three invented reports whose leads each state two facts: the quake and its toll.
const SOURCES = [
  { outlet: "Harbour Post", text: "A magnitude 6.1 earthquake struck the port town of Selvik on Tuesday, killing at least 14 people.\n\nRescue teams searched collapsed flats through the night. The mayor said the ferry terminal would stay shut." },
  { outlet: "Valley Courier", text: "A magnitude 6.1 earthquake hit Selvik on Tuesday, killing at least 16 people.\n\nRescue teams searched collapsed flats through the night. Schools in the region will close until Friday." },
  { outlet: "Coast Radio", text: "The earthquake that struck Selvik on Tuesday measured magnitude 6.1. Fourteen people were killed, officials said.\n\nRescue teams searched collapsed flats through the night." },
];

describe("compareFacts (contract version 2)", () => {
  const comparison = compareFacts(SOURCES, { now });

  it("keeps every promise of version 2", () => {
    expect(comparison.version).toBe(2);
    expect(findComparisonFaults(comparison)).toEqual([]);
  });

  it("puts a lead that states two facts in each of them, with the part that states each", () => {
    const lead = comparison.sources[0]!.sentences[0]!;
    const holding = comparison.groups.filter((g) => g.members.some((m) => m.sentenceIds.includes(lead.id)));
    expect(holding.length).toBeGreaterThanOrEqual(2);
    const parts = holding.flatMap((g) => g.members.flatMap((m) => m.spans ?? []).filter((s) => s.sentenceId === lead.id)).map((s) => lead.text.slice(s.start, s.end));
    expect(parts).toContainEqual(expect.stringMatching(/^killing at least 14 people/));
  });

  it("lists every member's value in the toll conflict, so the odd one out shows", () => {
    const toll = comparison.groups.find((g) => g.conflicts.some((c) => c.type === "number" && c.values.some((v) => /16/.test(v.text))));
    expect(toll).toBeDefined();
    const number = toll!.conflicts.find((c) => c.type === "number")!;
    expect(number.values.map((v) => v.sourceId)).toEqual(toll!.members.map((m) => m.sourceId));
  });

  it("keeps its promises on random text, and is deterministic", () => {
    const word = fc.constantFrom("storm", "port", "mayor", "closed", "Selvik", "14", "killing", "and", "the", "said", ",", ";", "who");
    const sentence = fc.array(word, { minLength: 3, maxLength: 14 }).map((w) => `${w.join(" ")}.`);
    const article = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((s) => s.join(" "));
    fc.assert(
      fc.property(fc.array(article, { minLength: 2, maxLength: 4 }), (texts) => {
        const inputs = texts.map((text) => ({ text }));
        let result;
        try {
          result = compareFacts(inputs, { now });
        } catch (error) {
          if (isInputError(error)) return; // refused with a clear message, as the v1 engine does
          throw error;
        }
        expect(findComparisonFaults(result)).toEqual([]);
        expect(JSON.stringify(compareFacts(inputs, { now }))).toBe(JSON.stringify(result));
      }),
      { numRuns: 40 },
    );
  });
});
