// How comparison pages read their comparison (docs/decisions/0060). A page's request reads it
// in three places (the layout's share metadata, the page's title and the page itself): React's
// per-request cache makes that one read. Stored comparisons never change, so the parsed ones
// are also kept across requests, a few at a time: a 12 × 1,500 comparison is 10 MB of JSON
// and takes 150–200 ms to parse, which every "Show more" would otherwise pay again.
import { cache } from "react";
import { loadComparisonById, type LoadedComparison } from "./load-comparison";
import { loadRevisionById } from "./load-revision";

/** Characters of stored JSON kept parsed at once; about five times that in memory. */
const KEPT_JSON_CHARS = 24_000_000;

const holder = globalThis as typeof globalThis & { parallaxParsed?: Map<string, LoadedComparison> };

async function loadKept(id: string): Promise<LoadedComparison | null> {
  const kept = (holder.parallaxParsed ??= new Map());
  const hit = kept.get(id);
  if (hit) {
    kept.delete(id); // back to the end: the most recently read go last
    kept.set(id, hit);
    return hit;
  }
  const loaded = await loadComparisonById(id);
  if (!loaded?.immutable || loaded.json.length > KEPT_JSON_CHARS) return loaded;
  kept.set(id, loaded);
  let size = [...kept.values()].reduce((sum, entry) => sum + entry.json.length, 0);
  for (const [key, entry] of kept) {
    if (size <= KEPT_JSON_CHARS) break;
    kept.delete(key);
    size -= entry.json.length;
  }
  return loaded;
}

export const loadPageComparison = cache(loadKept);
export const loadPageRevision = cache(loadRevisionById);
