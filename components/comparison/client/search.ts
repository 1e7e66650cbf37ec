// Text search over the sentences. A fact matches when any of its sentences does, so a fact
// shows in every view and column together. Matches are painted with the CSS Custom Highlight
// API where the browser has it, which leaves the server-rendered markup untouched.
import { has } from "../dom";
import { readRowFacts } from "./fact-rows";
import { findVariantSpans, matchesQuery } from "../search-match";
import { queryAll } from "./apply-state";

/** Groups with a sentence containing the query; null for an empty query (no search). */
export function findMatchingGroups(root: HTMLElement, query: string): Set<string> | null {
  const needle = query.trim();
  if (!needle) return null;
  const groups = new Set<string>();
  for (const row of queryAll(root, has("sentence"))) {
    const text = row.querySelector(has("text"))?.textContent ?? "";
    if (matchesQuery(text, needle)) for (const { group } of readRowFacts(row)) groups.add(group);
  }
  return groups;
}

/** Paints the query's occurrences in shown sentence text; clears them for an empty query. */
export function paintMatches(root: HTMLElement, query: string): void {
  const registry = (globalThis.CSS as { highlights?: Map<string, unknown> } | undefined)?.highlights;
  const HighlightClass = (globalThis as { Highlight?: new (...ranges: Range[]) => unknown }).Highlight;
  if (!registry || !HighlightClass) return;
  const needle = query.trim().toLowerCase();
  if (!needle) {
    registry.delete("search");
    return;
  }
  const ranges: Range[] = [];
  for (const holder of queryAll(root, has("text"))) {
    if (holder.closest("[hidden]")) continue;
    const walker = document.createTreeWalker(holder, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const original = node.textContent ?? "";
      const text = original.toLowerCase();
      const spans: [number, number][] = [];
      for (let at = text.indexOf(needle); at !== -1; at = text.indexOf(needle, at + needle.length)) spans.push([at, at + needle.length]);
      // Other spellings of the query's words ("Zelenskiy" for "Zelensky") are marked too.
      for (const span of findVariantSpans(original, needle)) if (!spans.some(([s, e]) => s < span[1] && span[0] < e)) spans.push(span);
      for (const [start, end] of spans) {
        const range = new Range();
        range.setStart(node, start);
        range.setEnd(node, end);
        ranges.push(range);
      }
    }
  }
  registry.set("search", new HighlightClass(...ranges));
}
