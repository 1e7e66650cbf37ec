// One way to find a comparison by its id, for the page, the API and the share image: the seed
// story's fixed id gives the seed comparison, a stored id reads the database, anything else is
// null (a 404). Ids that cannot be stored ones are not looked up at all.
import type { Metadata } from "next";
import { describeEvent, labelSource } from "@/lib/export/describe-comparison";
import { neutraliseNames, stripBidiControls } from "@/lib/text/plain-text";
import { isComparisonId } from "@/lib/store/create-comparison-id";
import { findComparison } from "@/lib/store/comparison-store";
import type { SqlDriver } from "@/lib/store/store-types";
import type { Comparison } from "@/lib/types";
import { SEED_ID, loadSeedStory } from "./load-story";
import { getStore } from "./store";

export interface LoadedComparison {
  title: string;
  comparison: Comparison;
  /** The comparison's JSON exactly as stored, for answers that must be byte-for-byte the same. */
  json: string;
  /** Stored comparisons never change; the seed is re-made by each build. */
  immutable: boolean;
}

export async function loadComparisonFrom(openStore: () => Promise<SqlDriver>, id: string): Promise<LoadedComparison | null> {
  if (id === SEED_ID) {
    const { title, comparison } = loadSeedStory();
    return { title, comparison: neutraliseNames(comparison), json: JSON.stringify(comparison), immutable: false };
  }
  if (!isComparisonId(id)) return null;
  const stored = await findComparison(await openStore(), id);
  if (!stored) return null;
  // `json` stays as stored (the API answers it byte for byte); what is shown loses bidi controls.
  const comparison = neutraliseNames(JSON.parse(stored.comparisonJson) as Comparison);
  return { title: stripBidiControls(stored.title), comparison, json: stored.comparisonJson, immutable: true };
}

export function loadComparisonById(id: string): Promise<LoadedComparison | null> {
  return loadComparisonFrom(getStore, id);
}

/** Title, description, Open Graph and Twitter card text of a comparison's page. */
export async function describeComparisonPage(id: string, load: (id: string) => Promise<LoadedComparison | null> = loadComparisonById): Promise<Metadata> {
  const loaded = await load(id);
  if (!loaded) return { title: "Comparison not found" };
  const { comparison } = loaded;
  const title = loaded.title || describeEvent(comparison);
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
