// Title, description, Open Graph and Twitter card text of a comparison's page, from the one
// per-request read of it (getComparison), so the layout's metadata costs no query of its own.
import type { Metadata } from "next";
import { describeEvent, labelSource } from "@/lib/export/describe-comparison";
import { getComparison, type LoadedComparison } from "./get-comparison";

export async function describeComparisonPage(id: string, load: (id: string) => Promise<LoadedComparison | null> = getComparison): Promise<Metadata> {
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
