import { describe, expect, it } from "vitest";
import { InputError } from "../errors";
import { REVIEW_LIMITS } from "../limits";
import type { ReviewEdit } from "../types";
import { applyEdits } from "./apply-edits";
import { validateComparison } from "../comparison/validate-comparison";
import { createFillingLinks, createGrowingLinks, createLargeComparison } from "./review-test-comparison";

const findRevisionFaults = (c: unknown) => validateComparison(c, { revision: true }).faults;

// A review of the most edits the API takes, in the shapes that once cost the cube of their
// count (decision 0055: 800 links into one group took 29 s on the server's main thread). The
// bounds are several times what each shape takes now, and far below what it took before.

const deps = { now: () => new Date("2031-03-06T09:00:00.000Z") };
// Sources as many as a comparison may have, so the worst case classifies 12 full members.
const SOURCES = 12;
const PER_SOURCE = 200;
const base = createLargeComparison(SOURCES, PER_SOURCE);
/** Links that fill one group: every source but the first reaches the cap. */
const FULL = (SOURCES - 1) * (REVIEW_LIMITS.maxMemberSentences - 1);
const MAX = REVIEW_LIMITS.maxEdits;
const conflict = { type: "other" as const, values: [{ sourceId: "s1", text: "one figure" }, { sourceId: "s2", text: "another" }] };

function timed<T>(work: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = work();
  return { result, ms: performance.now() - start };
}

/**
 * Fills g1 to the cap, then moves one sentence out and back, reading the conflicts after each
 * move, so g1 is classified again every other edit. Three sources keep the test short; twelve
 * take about three times as long (decision 0055).
 */
function createChurn(count: number): ReviewEdit[] {
  const fill = createGrowingLinks(2 * (REVIEW_LIMITS.maxMemberSentences - 1), 3);
  const churn: ReviewEdit[] = [];
  while (fill.length + churn.length < count) {
    churn.push(
      { op: "unlink", sentenceId: "s2.2" },
      { op: "set-conflict", groupId: "g1", index: 0, conflict },
      { op: "link", sentenceId: "s2.2", groupId: "g1" },
      { op: "set-conflict", groupId: "g1", index: 0, conflict },
    );
  }
  return [...fill, ...churn].slice(0, count);
}

describe("applyEdits at the edit limit", () => {
  // Sentence analysis (once per review, linear in the comparison) is paid here, not below.
  applyEdits(base, [{ op: "link", sentenceId: "s2.9", groupId: "g1" }], deps);

  it("refuses early, not after minutes, to link sentence after sentence into one group", () => {
    const { result, ms } = timed(() => {
      try {
        return applyEdits(base, createGrowingLinks(MAX, SOURCES), deps);
      } catch (error) {
        return error;
      }
    });
    expect(result).toBeInstanceOf(InputError);
    expect(ms).toBeLessThan(2_000);
  }, 120_000);

  it("applies 2,000 links spread over groups in about a second", () => {
    const { result, ms } = timed(() => applyEdits(base, createFillingLinks(MAX, SOURCES, PER_SOURCE, FULL), deps));
    expect(findRevisionFaults(result)).toEqual([]);
    expect(result.review!.changes).toHaveLength(MAX);
    expect(ms).toBeLessThan(8_000);
  }, 120_000);

  it("bounds the worst case, a full group classified again after every other edit", () => {
    const small = createLargeComparison(3, 20);
    const { result, ms } = timed(() => applyEdits(small, createChurn(MAX), deps));
    expect(findRevisionFaults(result)).toEqual([]);
    expect(ms).toBeLessThan(15_000);
  }, 120_000);
});
