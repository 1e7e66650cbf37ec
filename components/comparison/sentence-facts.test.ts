import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { defaultEngine } from "@/lib/engine/default-engine";
import type { Comparison } from "@/lib/types";
import { TWO_FACT_SOURCES } from "@/test-support/two-fact-story";
import { ComparisonPage } from "./comparison-page";
import { parsePartRequest } from "./page-part";
import { parseViewState } from "./view-state";

// The whole page as the server renders it, for our own story in both contract versions.
const now = { now: () => new Date("2031-03-05T10:00:00.000Z") };
const inputs = TWO_FACT_SOURCES.map((source) => ({ ...source }));
const v2: Comparison = { ...defaultEngine.compare(inputs, now, { facts: true }), id: "abcdefghijklmnopq" };
const v1: Comparison = { ...defaultEngine.compare(inputs, now), id: "abcdefghijklmnopq" };
const render = (comparison: Comparison, query: Record<string, string> = {}) =>
  renderToStaticMarkup(createElement(ComparisonPage, { title: "T", comparison, state: parseViewState(query, comparison.sources.map((s) => s.id)), request: parsePartRequest(query) }));
const rowOf = (html: string, sentenceId: string) => html.slice(html.indexOf(`data-sentence="${sentenceId}"`)).split("</li>")[0]!;

describe("the side-by-side view of a version-2 comparison", () => {
  const html = render(v2);

  it("shows each lead sentence as two marked parts, each a link to its own fact", () => {
    for (const lead of ["s1.1", "s2.1", "s3.1"]) {
      const targets = [...rowOf(html, lead).matchAll(/<a href="#(g\d+)" data-part-of="[^"]+"/g)].map((m) => m[1]);
      expect(targets, lead).toHaveLength(2);
      expect(new Set(targets).size, lead).toBe(2);
    }
  });

  it("lists every fact of the row and their kinds for the controller, and a line per fact", () => {
    const row = rowOf(html, "s1.1");
    expect(row).toMatch(/data-groups="g\d+ g\d+" data-kinds="\w+ \w+"/);
    expect(row.match(/data-note-of=/g)).toHaveLength(2);
  });

  it("marks the conflicting value inside its fact's part", () => {
    expect(rowOf(html, "s1.1")).toMatch(/data-part-of="g\d+" data-kind="conflict"[^>]*>spilling <mark class="value-mark conflict-value">40 tonnes<\/mark>/);
  });

  it("shows a member's own words in bold in the facts view", () => {
    const facts = render(v2, { view: "facts" });
    expect(facts).toMatch(/<strong class="fact-span">(?:<[^>]+>)*injuring/);
    expect(facts).toMatch(/<strong class="fact-span">A freight train derailed near Ardmoor on Friday<\/strong><span class="fact-context">, injuring/);
  });
});

describe("a version-1 comparison", () => {
  it("has no marked parts: one group per sentence, as before", () => {
    const html = render(v1);
    expect(html).not.toContain("data-part-of");
    expect(html).not.toContain("data-groups");
    expect(html).not.toContain("fact-span");
  });
});
