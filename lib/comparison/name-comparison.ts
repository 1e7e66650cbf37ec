// How a comparison and its sources are named, for every reader of a Comparison: the page, the
// review form, the exports, the share card, the list of recent comparisons. Before the read
// model the page trimmed blank names and the exports did not; blank outlets now fall through
// everywhere. The event's name comes from the fact the sources share (lib/title).
import { deriveNeutralTitle } from "../title/derive-neutral-title";
import type { Comparison, Source } from "../types";

/** The outlet, else the headline, else the URL's host, else "Source 2" (its place in the input). */
export function labelSource(source: Pick<Source, "id" | "outlet" | "title" | "url">): string {
  return source.outlet?.trim() || source.title?.trim() || readHost(source.url) || `Source ${source.id.replace(/^s/, "")}`;
}

/** Every source's label by id, for readers that name sources by id many times. */
export function labelSources(comparison: Pick<Comparison, "sources">): ReadonlyMap<string, string> {
  return new Map(comparison.sources.map((source) => [source.id, labelSource(source)] as const));
}

/** A source id's label; an id the comparison does not hold is shown as it is. */
export function nameSourceId(labels: ReadonlyMap<string, string>, sourceId: string): string {
  return labels.get(sourceId) ?? sourceId;
}

function readHost(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, "") || null;
  } catch {
    return null;
  }
}

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
