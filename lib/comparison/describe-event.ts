// The event a comparison reports, named the same wherever it is summed up outside its own
// page title: the recent list, the Markdown report, the share image, the page's fallback.
import { deriveNeutralTitle } from "../title/derive-neutral-title";
import type { Comparison } from "../types";

const MAX_TITLE_CHARS = 140;

/**
 * A neutral name from the fact the sources share (lib/title), else the first headline a source
 * has, else the opening sentence of the first source.
 */
export function describeEvent(comparison: Comparison): string {
  const neutral = deriveNeutralTitle(comparison);
  if (neutral) return neutral;
  const headline = comparison.sources.map((s) => s.title?.trim()).find((title) => Boolean(title));
  const fallback = comparison.sources[0]?.sentences[0]?.text.trim();
  return shortenText(headline ?? fallback ?? "Untitled comparison", MAX_TITLE_CHARS);
}

/** The title stored with a comparison (its creator's), else the one derived now. */
export function nameEvent(comparison: Comparison, given: string | null | undefined): string {
  return given?.trim() || describeEvent(comparison);
}

/** Cuts text at a word boundary to at most `max` characters, marking the cut with "…". */
export function shortenText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}
