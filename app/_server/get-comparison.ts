// The "get a comparison" use case, for the page, its share metadata and image, and the API:
// the seed id gives the seed comparison, a stored id reads the database, anything else is null
// (a 404) without a query (comparison-id.ts).
//
// A page's request asks for its comparison three times (the layout's share metadata, the page's
// title, the page itself): React's per-request cache() makes that one read. Stored comparisons
// never change, so the parsed ones are also kept across requests, a few at a time: a 12 × 1,500
// comparison is 10 MB of JSON and takes 150–200 ms to parse, which every "Show more" would
// otherwise pay again (docs/decisions/0060, 0093).
import type { Metadata } from "next";
import { cache } from "react";
import { labelSource, nameEvent } from "@/lib/comparison/name-comparison";
import { neutraliseNames, stripBidiControls } from "@/lib/text/plain-text";
import { findComparison } from "@/lib/store/comparison-store";
import type { SqlDriver } from "@/lib/store/store-types";
import type { Comparison } from "@/lib/types";
import { getStore } from "@/app/_lib/store";
import { parseComparisonId } from "./comparison-id";
import { loadSeedStory } from "./seed-story";

export interface LoadedComparison {
  title: string;
  comparison: Comparison;
  /** The comparison's JSON exactly as stored, for answers that must be byte-for-byte the same. */
  json: string;
  /** Stored comparisons never change; the seed is re-made by each build. */
  immutable: boolean;
}

export async function readComparison(openStore: () => Promise<SqlDriver>, id: string): Promise<LoadedComparison | null> {
  const ref = parseComparisonId(id);
  if (!ref) return null;
  if (ref.kind === "seed") {
    const { title, comparison } = loadSeedStory();
    return { title, comparison: neutraliseNames(comparison), json: JSON.stringify(comparison), immutable: false };
  }
  const stored = await findComparison(await openStore(), ref.id);
  if (!stored) return null;
  // `json` stays as stored (the API answers it byte for byte); what is shown loses bidi controls.
  const comparison = neutraliseNames(JSON.parse(stored.comparisonJson) as Comparison);
  return { title: stripBidiControls(stored.title), comparison, json: stored.comparisonJson, immutable: true };
}

/** Characters of stored JSON kept parsed at once; about five times that in memory. */
const KEPT_JSON_CHARS = 24_000_000;

const holder = globalThis as typeof globalThis & { parallaxParsed?: Map<string, LoadedComparison> };

async function readKept(id: string): Promise<LoadedComparison | null> {
  const kept = (holder.parallaxParsed ??= new Map());
  const hit = kept.get(id);
  if (hit) {
    kept.delete(id); // back to the end: the most recently read go last
    kept.set(id, hit);
    return hit;
  }
  const loaded = await readComparison(getStore, id);
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

/** The comparison for pages: one read per request, parsed ones kept across requests. */
export const getComparison = cache(readKept);

/** Title, description, Open Graph and Twitter card text of a comparison's page, from the same read. */
export async function describeComparisonPage(id: string, load: (id: string) => Promise<LoadedComparison | null> = getComparison): Promise<Metadata> {
  const loaded = await load(id);
  if (!loaded) return { title: "Comparison not found" };
  const { comparison } = loaded;
  const title = nameEvent(comparison, loaded.title);
  const { shared, conflict, unique } = comparison.stats;
  const outlets = comparison.sources.map(labelSource);
  const description =
    `How ${formatList(outlets)} reported it: ${conflict} conflicting, ${shared} shared and ${unique} unique ` +
    `${conflict + shared + unique === 1 ? "fact" : "facts"}, side by side.`;
  return {
    title,
    description,
    openGraph: { type: "article", title, description, siteName: "Parallax", url: `/c/${id}` },
    twitter: { card: "summary_large_image", title, description },
  };
}

function formatList(items: readonly string[]): string {
  if (items.length > 4) return `${items.slice(0, 3).join(", ")} and ${items.length - 3} more`;
  return items.length <= 1 ? (items[0] ?? "the sources") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
