import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import type { Comparison, Group, Source } from "@/lib/types";
import { ComparisonPage } from "./comparison-page";
import { buildPageData } from "./page-model";
import { buildPagePart, parsePartRequest, weighFactRow, weighSentenceRow } from "./page-part";
import { parseViewState } from "./view-state";

/** `sources` × `sentences`, the k-th sentences of every source stating one shared fact. */
function makeComparison(sources: number, sentences: number, words = 24): Comparison {
  const list: Source[] = Array.from({ length: sources }, (_, s) => ({
    id: `s${s + 1}`,
    title: null,
    outlet: `Outlet ${s + 1}`,
    url: null,
    publishedAt: null,
    sentences: Array.from({ length: sentences }, (_, k) => ({ id: `s${s + 1}.${k + 1}`, text: `Report ${k + 1} from outlet ${s + 1}: ${"harbour ".repeat(words)}closed.`, paragraph: Math.floor(k / 3) })),
    removed: [],
  }));
  const groups: Group[] = Array.from({ length: sentences }, (_, k) => ({
    id: `g${k + 1}`,
    kind: "shared",
    members: list.map((source) => ({ sourceId: source.id, sentenceIds: [`${source.id}.${k + 1}`] })),
    score: 0.9,
    conflicts: [],
    variants: [],
    diff: null,
  }));
  return { version: 2, id: "abcdefghijklmnopq", createdAt: "2031-03-05T10:00:00.000Z", sources: list, groups, stats: { shared: sentences, conflict: 0, unique: 0 }, warnings: [] } as unknown as Comparison;
}

const render = (comparison: Comparison, query: Record<string, string>) =>
  renderToStaticMarkup(createElement(ComparisonPage, { title: "T", comparison, state: parseViewState(query, comparison.sources.map((s) => s.id)), request: parsePartRequest(query) }));

describe("buildPagePart", () => {
  it("renders a small comparison whole, every view", () => {
    const part = buildPagePart(buildPageData("T", makeComparison(2, 20)), parseViewState({}, ["s1", "s2"]), { from: 0, at: null });
    expect(part.paged).toBe(false);
    expect(part.groups).toHaveLength(20);
    expect(part.sentences.get("s2")).toHaveLength(20);
  });

  it("bounds the page of a 12 × 1,500 comparison in every view, and says there is more", () => {
    const comparison = makeComparison(12, 1_500);
    for (const view of ["columns", "facts", "coverage"]) {
      const html = render(comparison, { view });
      // The HTML alone; React's payload roughly doubles it, and the whole must stay under 2 MB.
      expect(html.length, view).toBeLessThan(600_000);
      expect(html, view).toContain("data-show-more");
      expect(html, view).toContain("data-paged");
    }
  });

  it("starts the part at ?from= and at the fact ?at= names, and links back", () => {
    const data = buildPageData("T", makeComparison(12, 1_500));
    const facts = parseViewState({ view: "facts" }, data.comparison.sources.map((s) => s.id));
    const first = buildPagePart(data, facts, { from: 0, at: null });
    const second = buildPagePart(data, facts, { from: first.next!, at: null });
    expect(second.groups[0]!.id).toBe(`g${first.next! + 1}`);
    expect(second.previous).toBe(0);
    const late = buildPagePart(data, facts, parsePartRequest({ at: "g1400" }));
    expect(late.groups[0]!.id).toBe("g1400");
    const columns = buildPagePart(data, { ...facts, view: "columns" }, parsePartRequest({ at: "s3.900" }));
    expect(columns.sentences.get("s3")![0]!.sentence.id).toBe("s3.900");
  });

  it("pages the rows the filters show, and counts them all", () => {
    const data = buildPageData("T", makeComparison(12, 1_500));
    const part = buildPagePart(data, parseViewState({ view: "facts", filter: "unique" }, data.comparison.sources.map((s) => s.id)), { from: 0, at: null });
    expect(part.total).toBe(0);
    expect(part.groups).toHaveLength(0);
  });
});

describe("parsePartRequest", () => {
  it("accepts a row index and a group or sentence id, and nothing else", () => {
    expect(parsePartRequest({ from: "40", at: "g12" })).toEqual({ from: 40, at: "g12" });
    expect(parsePartRequest({ from: "-3", at: "s2.7" })).toEqual({ from: 0, at: "s2.7" });
    expect(parsePartRequest({ from: "1e400", at: "<script>" })).toEqual({ from: 0, at: null });
  });
});

describe("weighSentenceRow", () => {
  it("carries its share of the phone's fact card: a fact's sentences together outweigh its facts row", () => {
    const data = buildPageData("T", makeComparison(3, 4));
    const group = data.comparison.groups[0]!;
    const sentences = group.members.map((member) => data.comparison.sources.find((s) => s.id === member.sourceId)!.sentences[0]!);
    const rows = sentences.reduce((sum, sentence) => sum + weighSentenceRow(data, sentence), 0);
    const alone = sentences.reduce((sum, sentence) => sum + 2 * sentence.text.length + 1_500 + 500 * (group.members.length - 1), 0);
    expect(rows - alone).toBeGreaterThanOrEqual(weighFactRow(data, group));
  });

  it("weighs a sentence in two facts more than the same sentence in one", () => {
    const one = makeComparison(2, 1);
    const two: Comparison = { ...one, groups: [...one.groups, { ...one.groups[0]!, id: "g2" }] };
    const sentence = one.sources[0]!.sentences[0]!;
    expect(weighSentenceRow(buildPageData("T", two), sentence)).toBeGreaterThan(weighSentenceRow(buildPageData("T", one), sentence));
  });
});
