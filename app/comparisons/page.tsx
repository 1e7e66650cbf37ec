import type { Metadata } from "next";
import { PageShell } from "@/components/shared/page-shell";
import { RecentComparisons } from "@/components/shared/recent-comparisons";
import { describeSeedLink, listRecent } from "@/app/_server/list-recent";

export const metadata: Metadata = { title: "All comparisons" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/** Every listed comparison, newest first, a page at a time (the home page shows the first). */
export default async function ComparisonsPage({ searchParams }: { searchParams: SearchParams }) {
  const { before: raw } = await searchParams;
  const before = typeof raw === "string" ? raw : null;
  const page = await listRecent({ before, limit: 20 });
  return (
    <PageShell>
      <h1 className="font-serif text-3xl font-semibold tracking-tight">All comparisons</h1>
      <p className="mt-3 max-w-prose text-muted">
        Comparisons their makers chose to list publicly, newest first. Others are reachable only by their link.
      </p>
      <RecentComparisons page={page} before={before} seed={before === null ? describeSeedLink() : null} />
    </PageShell>
  );
}
