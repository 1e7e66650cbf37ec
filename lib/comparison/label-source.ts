// How a reader knows a source, for every reader of a Comparison: the page, the review form,
// the exports, the share card and the list of recent comparisons. Before the read model the
// page trimmed blank names and the exports did not; blank outlets now fall through everywhere.
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
