import { afterAll, describe, expect, it } from "vitest";
import { PATHOLOGICAL_SHAPES } from "../test-support/make-pathological";
import { cleanSource } from "./clean/clean-source";
import { compareSources } from "./compare";
import { diffWords } from "./diff/diff-words";
import { isInputError } from "./errors";
import { splitClaims } from "./claims/split-claims";
import { analyzeSentence } from "./normalize/analyze-sentence";
import { splitSentences } from "./segment/split-sentences";

// Issue 3: every step's worst case must grow about linearly with its input. Each hostile shape
// goes through each step at growing sizes; the table printed at the end is the worst CPU time
// (ms) per step and size. A step fails when k× the input costs more than 3k× the time (10× the input:
// 30× the time, where quadratic costs 100×), or when one run passes a ceiling far above linear.

// 500k per shape would take minutes on two shared cores; the second test runs 500k through the
// whole engine once.
const SIZES = [1_000, 10_000, 100_000] as const;
/** Absorbs timer noise and garbage collection on small inputs of a loaded machine. */
const SLACK_MS = 100;

/** Allowed growth of time over growth of size. */
const MAX_GROWTH = 3;
const CEILING_MS = 10_000;
const deps = { now: () => new Date("2026-01-01T00:00:00Z") };

/** A second version of a text that differs throughout, so the diff has real work to do. */
function mutate(text: string): string {
  let out = "";
  for (let i = 0; i < text.length; i += 7) out += text.slice(i, i + 6) + (i % 2 ? "x" : " ");
  return out;
}

function tolerateInputErrors(run: () => unknown): void {
  try {
    run();
  } catch (error) {
    if (!isInputError(error)) throw error;
  }
}

const STEPS: Record<string, (text: string) => void> = {
  clean: (text) => tolerateInputErrors(() => cleanSource({ text })),
  segment: (text) => void splitSentences(text),
  analyze: (text) => void analyzeSentence(text, { publishedAt: null }),
  claims: (text) => void splitClaims(text),
  diff: (text) => void diffWords(text, mutate(text)),
  compare: (text) => tolerateInputErrors(() => compareSources([{ text }, { text: mutate(text) }], deps)),
  // Version 2, what new comparisons use: claims, their alignment and the fact classifier too.
  "compare facts": (text) => tolerateInputErrors(() => compareSources([{ text }, { text: mutate(text) }], deps, { facts: true })),
};

/** CPU milliseconds, not wall time: other work on a shared machine does not count. */
function timeRun(run: () => void): number {
  const started = process.cpuUsage();
  run();
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
}

/** The faster of two runs: the first also pays for garbage collection and for filling the
 * lexicon's memo with words it has not seen. */
function timeBest(run: () => void): number {
  return Math.min(timeRun(run), timeRun(run));
}

describe("engine bounds under hostile input (fuzz)", () => {
  const worst: Record<string, Record<string, number>> = {};
  // Two cores shared with other work: the CPU time stays small, the wall time may not.
  const timeout = 120_000;

  afterAll(() => console.table(worst));

  it.each(Object.keys(STEPS))("keeps %s near-linear on every hostile shape", (step) => {
    const run = STEPS[step]!;
    const row: Record<string, number> = (worst[step] = {});
    const failures: string[] = [];
    for (const shape of PATHOLOGICAL_SHAPES) {
      run(shape.make(200)); // warm the JIT so the first size is not charged for compiling
      const times = SIZES.map((n) => {
        const text = shape.make(n);
        return timeBest(() => run(text));
      });
      SIZES.forEach((n, k) => {
        row[`${n / 1000}k`] = Math.max(row[`${n / 1000}k`] ?? 0, Math.round(times[k]!));
        if (times[k]! > CEILING_MS) failures.push(`${shape.name} at ${n}: ${Math.round(times[k]!)} ms`);
        const previous = SIZES[k - 1];
        if (previous !== undefined && times[k]! > MAX_GROWTH * (n / previous) * times[k - 1]! + SLACK_MS) {
          failures.push(`${shape.name}: ${Math.round(times[k - 1]!)} ms at ${previous} → ${Math.round(times[k]!)} ms at ${n}`);
        }
      });
    }
    expect(failures).toEqual([]);
  }, timeout);

  it("runs the issue's two inputs through the whole engine at full size", () => {
    const sentence = "The council approved the new budget on Monday.";
    const cases: Record<string, [string, string]> = {
      "150k straight vs 75k curly quotes": ['"'.repeat(150_000) + " " + sentence, "“".repeat(75_000) + " " + sentence],
      "200k letters": ["a".repeat(200_000), "a".repeat(200_000) + " b."],
      "500k random words": [PATHOLOGICAL_SHAPES.find((s) => s.name === "random words")!.make(500_000), sentence],
    };
    const ms: Record<string, number> = {};
    for (const [name, [a, b]] of Object.entries(cases)) {
      ms[name] = Math.round(timeRun(() => tolerateInputErrors(() => compareSources([{ text: a }, { text: b }], deps))));
    }
    console.table(ms);
    for (const [name, t] of Object.entries(ms)) expect(t, name).toBeLessThan(CEILING_MS);
  }, timeout);
});
