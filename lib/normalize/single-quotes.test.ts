import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { findSingleQuotes, SINGLE_QUOTE_KINDS, type QuoteMatch } from "./single-quotes";

// The regexes the scan replaces: it must find exactly what they found.
const REFERENCE = [/(?<=^|[\s([{—–-])‘(\S.*?)’(?![\p{L}\p{N}])/gu, /(?<=^|[\s([{—–-])'(\p{L}.*?)'(?![\p{L}\p{N}])/gu];

function findByRegex(text: string, pattern: RegExp): QuoteMatch[] {
  return [...text.matchAll(pattern)].map((m) => ({ start: m.index!, end: m.index! + m[0].length, inner: m[1]! }));
}

describe("findSingleQuotes", () => {
  it("reads curly and straight single quotations and skips apostrophes", () => {
    const text = "She called it ‘a “good” deal’ and 'don't panic' — players' 'rock 'n' roll'.";
    expect(findSingleQuotes(text, SINGLE_QUOTE_KINDS[0]!).map((q) => q.inner)).toEqual(["a “good” deal"]);
    expect(findSingleQuotes(text, SINGLE_QUOTE_KINDS[1]!).map((q) => q.inner)).toEqual(["don't panic", "rock 'n"]);
  });

  it("finds exactly what the old regexes found, on any mix of quotes, letters, spaces and breaks", () => {
    const alphabet = fc.constantFrom("'", "‘", "’", "a", "B", "1", " ", "\n", "(", "-", ".", "é", "𝒜");
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 40 }).map((cs) => cs.join("")), (text) => {
        SINGLE_QUOTE_KINDS.forEach((kind, k) => expect(findSingleQuotes(text, kind)).toEqual(findByRegex(text, REFERENCE[k]!)));
      }),
      { seed: 3, numRuns: 3000 },
    );
  });

  it("settles 50,000 unclosed openers in one pass", () => {
    const text = " 'ab ‘cd".repeat(25_000);
    const started = performance.now();
    for (const kind of SINGLE_QUOTE_KINDS) expect(findSingleQuotes(text, kind)).toEqual([]);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
