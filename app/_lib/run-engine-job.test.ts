import { describe, expect, it } from "vitest";
import { compareSources } from "@/lib/compare";
import { RIVERTON_A, RIVERTON_B } from "@/test-support/store-test-articles";
import { TWO_FACT_SOURCES } from "@/test-support/two-fact-story";
import { answerEngineJob } from "./run-engine-job";

// The worker's own code for each kind of job, run in process (Vitest cannot start the
// TypeScript worker; the built server's tests run it in a thread).
const now = "2031-03-06T09:00:00.000Z";
const machine = compareSources([RIVERTON_A, RIVERTON_B], { now: () => new Date("2031-03-05T10:00:00.000Z") });

describe("answerEngineJob", () => {
  it("compares sources with the caller's clock", () => {
    const reply = answerEngineJob({ kind: "compare", id: 1, inputs: [RIVERTON_A, RIVERTON_B], now });
    expect(reply).toMatchObject({ id: 1, ok: true, comparison: { createdAt: now, stats: machine.stats } });
  });

  it("makes a version-2 comparison when the job asks for facts, version 1 otherwise", () => {
    const inputs = TWO_FACT_SOURCES.map((source) => ({ ...source }));
    const facts = answerEngineJob({ kind: "compare", id: 4, inputs, now, facts: true });
    const sentences = answerEngineJob({ kind: "compare", id: 5, inputs, now });
    expect(facts).toMatchObject({ ok: true, comparison: { version: 2 } });
    expect(sentences).toMatchObject({ ok: true, comparison: { version: 1 } });
  });

  it("applies a review's edits, stamped with the caller's clock and editor", () => {
    const reply = answerEngineJob({ kind: "revise", id: 2, comparison: machine, edits: [{ op: "confirm", groupId: "g2" }], editor: "Dana", now });
    expect(reply).toMatchObject({ id: 2, ok: true, comparison: { review: { revision: 1, savedAt: now, editor: "Dana" } } });
  });

  it("answers an edit the comparison refuses as the user's mistake, not a failure", () => {
    const reply = answerEngineJob({ kind: "revise", id: 3, comparison: machine, edits: [{ op: "confirm", groupId: "g99" }], editor: null, now });
    expect(reply).toEqual({ id: 3, ok: false, inputError: { code: "invalid", message: 'There is no group "g99".', sourceIndex: null } });
  });
});
