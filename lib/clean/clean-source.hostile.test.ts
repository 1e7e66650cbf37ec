// Cleaning must never hang or fail on hostile input near the 2 MB limit: every stage is linear,
// and the slow parts (linkedom, Readability) are only given input they finish quickly. Speed
// itself is shown by `npm run bench`, not asserted here (a busy CI machine must not turn timing
// into red builds); the per-test timeout is the hang guard.

import { describe, expect, it } from "vitest";
import { InputError } from "../errors";
import { cleanSource } from "./clean-source";

const PARAGRAPH = "The Lakeport ferry carried 1,200 passengers on its first day, the operator said on Monday. ";
const SIZE = 1_900_000;
const fill = (unit: string) => unit.repeat(Math.floor(SIZE / unit.length));
const HANG_GUARD = 15_000; // ms: the test timeout is the hang guard

/** Cleans, and accepts only a result or a user-facing InputError ("empty"), never a crash. */
function cleanSafely(run: () => unknown): "cleaned" | "rejected" {
  try {
    run();
    return "cleaned";
  } catch (error) {
    if (error instanceof InputError) return "rejected";
    throw error;
  }
}

const TEXT_CASES: [string, string][] = [
  ["many paragraphs", fill(`${PARAGRAPH}\n`)],
  ["one huge line", fill(PARAGRAPH)],
  ["spaces then a letter", `${" ".repeat(SIZE)}x`],
  ["closing quotes and dots", `Story.${fill("”.”.")} end`],
  ["short title-case lines", fill("Big News Today\n")],
  ["unclosed parentheses and dashes", fill("(WASHINGTON (AP — ")],
  ["markdown markers", fill("**_[x](")],
  ["unclosed scripts in markdown", fill("# T\n\n<script")],
  ["hard-wrapped lines", fill("the council said that the plan would\n")],
];

const HTML_CASES: [string, string][] = [
  ["a flat page", `<html><body>${fill(`<div><p>${PARAGRAPH}</p><a href="/x">Related Link Here</a></div>`)}</body></html>`],
  ["200 nested divs", `${"<div>".repeat(200)}<p>${PARAGRAPH}</p>${"</div>".repeat(200)}`],
  ["50,000 nested divs", `${"<div>".repeat(50_000)}<p>${PARAGRAPH}</p>${"</div>".repeat(50_000)}`],
  ["unclosed inline tags", `${fill("<b><i><u><span>")}text`],
  ["deep blocks repeated", fill(`${"<div>".repeat(100)}<p>${PARAGRAPH}</p>${"</div>".repeat(100)}`)],
  ["a lone-bracket flood", fill("<")],
  ["a tag that never closes", fill("<x")],
  ["entities", `<p>${fill("&amp;&lt;")}</p>`],
  ["unclosed comments", fill("<!--")],
  ["unclosed scripts", fill("<script>")],
  ["a huge attribute", `<a href="${fill("x")}">link</a><p>${PARAGRAPH}</p>`],
];


describe("hostile input near the size limit", () => {
  it.each(TEXT_CASES)("cleans text: %s", (_name, text) => {
    expect(["cleaned", "rejected"]).toContain(cleanSafely(() => cleanSource({ text })));
  }, HANG_GUARD);

  it.each(HTML_CASES)("cleans HTML: %s", (_name, html) => {
    expect(["cleaned", "rejected"]).toContain(cleanSafely(() => cleanSource({ html })));
  }, HANG_GUARD);

  it("still finds the story in a page too deep for the DOM parser", () => {
    const html = `${"<div>".repeat(5_000)}<script>INJECTED()</script><p>${PARAGRAPH}</p>${"</div>".repeat(5_000)}`;
    expect(cleanSource({ html }).paragraphs).toEqual([PARAGRAPH.trim()]);
  });
});
