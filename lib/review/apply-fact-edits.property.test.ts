// Any sequence of version-2 membership edits either is refused as the editor's mistake or
// gives a comparison that keeps every promise of the contract (one validator for both).
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { makeFactComparison, makeHandmadeFacts } from "@/test-support/fact-reports";
import { validateComparison } from "../comparison/validate-comparison";
import { InputError } from "../errors";
import type { Comparison, ReviewEdit } from "../types";
import { applyEdits } from "./apply-edits";

const deps = { now: () => new Date("2031-04-08T09:00:00.000Z") };

function arbitraryEdit(c: Comparison): fc.Arbitrary<ReviewEdit> {
  const sentences = c.sources.flatMap((s) => s.sentences);
  // Ids past the machine's are those new facts get during the review.
  const groupId = fc.integer({ min: 1, max: c.groups.length + 1 }).map((n) => `g${n}`);
  const sentence = fc.constantFrom(...sentences);
  const span = sentence.chain((s) =>
    fc.tuple(fc.integer({ min: 0, max: s.text.length - 1 }), fc.integer({ min: 1, max: s.text.length })).map(([a, b]) => ({ id: s.id, span: { sentenceId: s.id, start: Math.min(a, b - 1), end: Math.max(b, a + 1) } })),
  );
  return fc.oneof(
    fc.tuple(groupId, span, fc.boolean()).map(([g, { id, span: sp }, whole]): ReviewEdit => (whole ? { op: "link", groupId: g, sentenceId: id } : { op: "link", groupId: g, sentenceId: id, span: sp })),
    fc.tuple(groupId, sentence, fc.boolean()).map(([g, s, named]): ReviewEdit => (named ? { op: "unlink", groupId: g, sentenceId: s.id } : { op: "unlink", sentenceId: s.id })),
    fc.tuple(groupId, fc.array(sentence, { minLength: 1, maxLength: 3 })).map(([g, ss]): ReviewEdit => ({ op: "split", groupId: g, sentenceIds: ss.map((s) => s.id) })),
    fc.tuple(groupId, groupId).map(([g, o]): ReviewEdit => ({ op: "merge", groupId: g, otherGroupId: o })),
    groupId.map((g): ReviewEdit => ({ op: "reject", groupId: g })),
  );
}

describe.each([
  ["our handmade facts", makeHandmadeFacts()],
  ["the engine's facts", makeFactComparison()],
])("version-2 review of %s", (_, base) => {
  it("refuses an edit or keeps the contract", () => {
    fc.assert(
      fc.property(fc.array(arbitraryEdit(base), { minLength: 1, maxLength: 6 }), (edits) => {
        let result: Comparison;
        try {
          result = applyEdits(base, edits, deps);
        } catch (error) {
          expect(error).toBeInstanceOf(InputError);
          return;
        }
        expect(validateComparison(result, { revision: true }).faults).toEqual([]);
      }),
      { numRuns: 200, seed: 10 },
    );
  });
});
