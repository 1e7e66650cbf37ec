// The "list recent comparisons" use case: the newest listed comparisons, a page at a time
// (lib/store/comparison-store.ts listComparisons), for the home page and /comparisons. Pages
// read it and hand it to the component, which never reaches for the database itself.
import { connection } from "next/server";
import { listComparisons } from "@/lib/store/comparison-store";
import type { SummaryPage } from "@/lib/store/store-types";
import { getStore } from "@/app/_lib/store";
import { SEED_ID, SEED_SLUG, readStory } from "./seed-story";

/** A page of the list, or null when the database cannot be read (the page says so and renders). */
export async function listRecent(options: { limit?: number; before?: string | null } = {}): Promise<SummaryPage | null> {
  // Read on every request: the page that shows the list must never be prerendered at build.
  await connection();
  try {
    return await listComparisons(await getStore(), options);
  } catch (error) {
    console.error("Could not list recent comparisons:", error);
    return null;
  }
}

/** The example shown beside the list: the seed story's page and title. */
export function describeSeedLink(): { href: string; title: string } {
  return { href: `/c/${SEED_ID}`, title: readStory(SEED_SLUG).title };
}
