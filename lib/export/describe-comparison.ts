import { deriveNeutralTitle } from "../title/derive-neutral-title";
import type { Comparison, Source } from "../types";

// Names used wherever a comparison is summed up outside its page: the recent list, the
// Markdown report, the CSV, the share image. One place, so they never disagree.

const MAX_TITLE_CHARS = 140;

/** A source as a reader knows it: its outlet, else its headline, else "Source 2". */
export function labelSource(source: Source): string {
  return source.outlet ?? source.title ?? `Source ${source.id.replace(/^s/, "")}`;
}

/**
 * The event the sources report: a neutral name from the fact they share (lib/title), else the
 * first headline a source has, else the opening sentence of the first source.
 */
export function describeEvent(comparison: Comparison): string {
  const neutral = deriveNeutralTitle(comparison);
  if (neutral) return neutral;
  const headline = comparison.sources.map((s) => s.title?.trim()).find((title) => Boolean(title));
  const fallback = comparison.sources[0]?.sentences[0]?.text.trim();
  return shortenText(headline ?? fallback ?? "Untitled comparison", MAX_TITLE_CHARS);
}

/** Cuts text at a word boundary to at most `max` characters, marking the cut with "…". */
export function shortenText(text: string, max: number): string {
  const flat = text.replace(/\s+/g, " ").trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const space = cut.lastIndexOf(" ");
  return `${(space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,;:.-]+$/, "")}…`;
}

/** A source's sentences in reading order, as paragraphs separated by a blank line. */
export function readCleanedText(source: Source): string {
  const paragraphs: string[][] = [];
  let last: number | null = null;
  for (const sentence of source.sentences) {
    if (sentence.paragraph !== last) paragraphs.push([]);
    paragraphs.at(-1)!.push(sentence.text);
    last = sentence.paragraph;
  }
  return paragraphs.map((p) => p.join(" ")).join("\n\n");
}
