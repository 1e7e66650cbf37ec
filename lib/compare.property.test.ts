import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findComparisonFaults } from "./comparison/find-comparison-faults";
import { compareSources } from "./compare";
import { InputError } from "./errors";
import type { Comparison, SourceInput } from "./types";

// The engine on random and hostile input: it answers with a valid Comparison or refuses with an
// InputError, never anything else, and the same input always gives the same output. Runs are
// few and inputs short, so this stays a few seconds; speed on large input is the bench's job.

const deps = { now: () => new Date("2030-01-02T03:04:05.000Z") };

// Pieces real articles and hostile pastes are made of: words that align, numbers, dates, names,
// quotes, abbreviations, markup that must stay text, and characters that break naive code.
const PIECES = [
  "The council", "said", "on Monday", "that", "about 40 homes", "were evacuated", "Mayor Ana Ruiz", "Zelensky", "Zelenskiy",
  "did not", "\u201cWe are ready,\u201d", "12", "1,200", "4.5%", "U.S.", "Dr.", "Jan. 5", "2024", "fifty", "(AP)", "--", "\u2014",
  ".", ". ", "? ", "! ", "\n", "\n\n", "  ", "\t", "- ", "1. ", "# ", "**", "[link](javascript:alert(1))", "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<a href=\"javascript:alert(1)\">x</a>", "&lt;b&gt;", "&#0;", "\u0000",
  "\u202e", "\u200b", "\ufeff", "\ud83d\ude00", "\ud800", "\u0301", "\u0627\u0644\u062e\u0628\u0631", "\u65b0\u95fb", "x".repeat(300),
];

const piecewise = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(" "));
const anyText = fc.oneof(piecewise, fc.string({ maxLength: 400 }), fc.string({ unit: "binary", maxLength: 200 }));
const htmlPage = fc
  .tuple(piecewise, piecewise, piecewise)
  .map(([title, body, aside]) => `<html><head><title>${title}</title><script>window.pwned=1</script></head><body><nav>${aside}</nav><article><h1>${title}</h1><p>${body}</p><p onclick="x()">${body}</p></article><style>p{}</style></body></html>`);
const metadata = fc.option(fc.oneof(piecewise, fc.string({ maxLength: 60 })), { nil: undefined });

const source: fc.Arbitrary<SourceInput> = fc.record({
  body: fc.oneof(anyText.map((text) => ({ text })), htmlPage.map((html) => ({ html }))),
  title: metadata,
  outlet: metadata,
  publishedAt: fc.option(fc.constantFrom("2024-05-01", "2024-05-01T10:00:00Z", "not a date", ""), { nil: undefined }),
}).map(({ body, ...meta }) => ({ ...body, ...Object.fromEntries(Object.entries(meta).filter(([, v]) => v !== undefined)) }));

const sources = fc.array(source, { minLength: 1, maxLength: 4 });

/** A comparison, or the InputError code; any other throw fails the property. */
function run(inputs: SourceInput[]): Comparison | string {
  try {
    return compareSources(inputs, deps);
  } catch (error) {
    if (error instanceof InputError) return error.code;
    throw error;
  }
}

describe("compareSources on random and hostile input", () => {
  it("returns a valid comparison or throws an InputError, nothing else", () => {
    fc.assert(
      fc.property(sources, (inputs) => {
        const result = run(inputs);
        if (typeof result === "string") return;
        expect(findComparisonFaults(result)).toEqual([]);
        expect(result.sources).toHaveLength(inputs.length);
        expect(result.createdAt).toBe("2030-01-02T03:04:05.000Z");
      }),
      { numRuns: 60, seed: 20301 },
    );
  });

  it("is deterministic: the same input gives the same comparison", () => {
    fc.assert(
      fc.property(sources, (inputs) => {
        const first = run(inputs);
        expect(JSON.stringify(run(structuredClone(inputs)))).toBe(JSON.stringify(first));
      }),
      { numRuns: 25, seed: 20302 },
    );
  });

  it("keeps the text of scripts, styles and event handlers out of the sentences", () => {
    fc.assert(
      fc.property(fc.array(htmlPage, { minLength: 2, maxLength: 3 }), (pages) => {
        const result = run(pages.map((html) => ({ html })));
        if (typeof result === "string") return;
        const text = JSON.stringify(result.sources.map((s) => s.sentences));
        expect(text).not.toContain("window.pwned");
        expect(text).not.toContain("p{}");
        expect(text).not.toContain("x()");
      }),
      { numRuns: 25, seed: 20303 },
    );
  });

  it("aligns a story with a reworded copy of itself, whatever is mixed in", () => {
    const story = "The council said on Monday that about 40 homes were evacuated.\n\nMayor Ana Ruiz said the bridge would reopen in May.";
    fc.assert(
      fc.property(piecewise, piecewise, (noiseA, noiseB) => {
        const result = run([{ text: `${story}\n\n${noiseA}` }, { text: `${noiseB}\n\n${story.replace("40", "45")}` }]);
        if (typeof result === "string") return;
        expect(findComparisonFaults(result)).toEqual([]);
        expect(result.stats.shared + result.stats.conflict).toBeGreaterThan(0);
      }),
      { numRuns: 20, seed: 20304 },
    );
  });
});
