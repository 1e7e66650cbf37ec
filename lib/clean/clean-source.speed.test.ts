// Cleaning must never hang: every stage is linear, and the slow parts (linkedom, Readability)
// are only given input they finish quickly. Sizes are near the 2 MB limit; times are CPU time,
// so a busy machine running other tests does not make them flaky.

import { describe, expect, it } from "vitest";
import { cleanSource } from "./clean-source";

const PARAGRAPH = "The Lakeport ferry carried 1,200 passengers on its first day, the operator said on Monday. ";
const SIZE = 1_900_000;
const fill = (unit: string) => unit.repeat(Math.floor(SIZE / unit.length));
/** "Well under a second" on an idle machine; CPU time stays meaningful on a busy one. */
const BUDGET_MS = 800;

function measureCpuMs(run: () => void): number {
  const started = process.cpuUsage();
  try {
    run();
  } catch {
    // Some hostile inputs rightly end in an InputError ("empty"); only the time matters here.
  }
  const used = process.cpuUsage(started);
  return (used.user + used.system) / 1000;
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

describe("speed", () => {
  it.each(TEXT_CASES)("cleans text: %s", (_name, text) => {
    expect(measureCpuMs(() => cleanSource({ text }))).toBeLessThan(BUDGET_MS);
  });

  it.each(HTML_CASES)("cleans HTML: %s", (_name, html) => {
    expect(measureCpuMs(() => cleanSource({ html }))).toBeLessThan(BUDGET_MS);
  });

  it("still finds the story in a page too deep for the DOM parser", () => {
    const html = `${"<div>".repeat(5_000)}<script>INJECTED()</script><p>${PARAGRAPH}</p>${"</div>".repeat(5_000)}`;
    expect(cleanSource({ html }).paragraphs).toEqual([PARAGRAPH.trim()]);
  });
});
