// A source that shares no statement with any other is most often a mistake: an article about
// another event, or the wrong page of a site. The comparison is still made, and says so, naming
// the source as a reader knows it (its outlet, else its headline, else "Source 3"), not by id.
import type { Group } from "../types";

/** Shorter sources (a teaser, a caption) can share nothing without anything being wrong. */
const MIN_SENTENCES = 3;

export const SHARES_NOTHING = "shares no statement with the other sources: check that it reports the same event";

interface SourceSize {
  id: string;
  sentenceCount: number;
  outlet?: string | null;
  title?: string | null;
}

/** Warnings for sources that no multi-source group reaches; `skip` holds ids already warned about. */
export function findUnrelatedSources(groups: readonly Group[], sources: readonly SourceSize[], skip: ReadonlySet<string> = new Set()): string[] {
  const linked = new Set(groups.filter((g) => g.members.length > 1).flatMap((g) => g.members.map((m) => m.sourceId)));
  return sources
    .filter((s) => s.sentenceCount >= MIN_SENTENCES && !linked.has(s.id) && !skip.has(s.id))
    .map((s) => `${nameSource(s)} ${SHARES_NOTHING}`);
}

function nameSource(source: SourceSize): string {
  const outlet = source.outlet?.trim();
  if (outlet) return outlet;
  const title = source.title?.trim();
  if (title) return `“${title}”`;
  return `Source ${source.id.replace(/^s/, "")}`;
}
