import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { InputError } from "../errors";
import type { CleanedSource, SourceInput } from "../types";
import { cleanSource } from "./clean-source";

// Cleaning on random and hostile input: a result or an InputError, never another throw; what it
// keeps is non-blank text with no script or style source in it; the same input, the same result.

const WORDS = ["The mayor", "said", "on Monday", "40 homes", "were evacuated", "Read more", "Share this", "Advertisement", "(AP) \u2014", "\u00a9 2024", ".", "\n", "\n\n", "<b>", "</b>", "&amp;", "&nbsp;", "\u0000", "\ufeff", "\u202e", "\ud83d\ude00"];
const words = fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }).map((w) => w.join(" "));

const ELEMENTS = [
  (t: string) => `<p>${t}</p>`,
  (t: string) => `<script>var leaked = "SCRIPT-SOURCE"; ${t}</script>`,
  (t: string) => `<style>.x{content:"STYLE-SOURCE"} ${t}</style>`,
  (t: string) => `<noscript>${t}</noscript>`,
  (t: string) => `<nav><a href="javascript:alert(1)">${t}</a></nav>`,
  (t: string) => `<svg onload="alert(1)"><text>${t}</text></svg>`,
  (t: string) => `<img src=x onerror="alert(1)" alt="${t}">`,
  (t: string) => `<div onclick="alert(1)"><p>${t}</p></div>`,
  (t: string) => `<template><p>${t}</p></template>`,
  (t: string) => `<!-- ${t} -->`,
  (t: string) => `<p>${t}`, // unclosed
];
const html = fc
  .array(fc.tuple(fc.integer({ min: 0, max: ELEMENTS.length - 1 }), words), { maxLength: 12 })
  .map((parts) => `<html><head><title>Flood</title></head><body><article>${parts.map(([k, t]) => ELEMENTS[k]!(t)).join("\n")}</article></body></html>`);

const input: fc.Arbitrary<SourceInput> = fc.oneof(
  html.map((h) => ({ html: h })),
  fc.oneof(words, fc.string({ maxLength: 300 })).map((text) => ({ text })),
  words.map((text) => ({ text, format: "markdown" as const })),
);

function clean(source: SourceInput): CleanedSource | string {
  try {
    return cleanSource(source);
  } catch (error) {
    if (error instanceof InputError) return error.code;
    throw error;
  }
}

describe("cleanSource on random and hostile input", () => {
  it("keeps only non-blank text, never script or style source, and records what it drops", () => {
    fc.assert(
      fc.property(input, (source) => {
        const result = clean(source);
        if (typeof result === "string") return;
        for (const paragraph of result.paragraphs) {
          expect(paragraph.trim().length).toBeGreaterThan(0);
          expect(paragraph).not.toContain("SCRIPT-SOURCE");
          expect(paragraph).not.toContain("STYLE-SOURCE");
        }
        for (const removed of result.removed) expect(["boilerplate", "duplicate", "navigation", "disclaimer", "error-page", "truncated", "other"]).toContain(removed.reason);
      }),
      { numRuns: 150, seed: 7001 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(input, (source) => {
        expect(JSON.stringify(clean({ ...source }))).toBe(JSON.stringify(clean(source)));
      }),
      { numRuns: 60, seed: 7002 },
    );
  });
});
