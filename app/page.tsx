import { ComparisonView } from "@/components/comparison/comparison-view";
import { PageShell } from "@/components/shared/page-shell";
import { RecentComparisons } from "@/components/shared/recent-comparisons";
import { describeSeedLink, listRecent } from "./_server/list-recent";
import { SEED_ID, loadSeedStory } from "./_server/seed-story";

export default async function HomePage() {
  const { title, comparison } = loadSeedStory();
  const recent = await listRecent({ limit: 6 });
  return (
    <PageShell>
      <ComparisonView
        title={title}
        comparison={comparison}
        action={
          <p className="mt-6">
            <a
              href={`/c/${SEED_ID}`}
              className="inline-flex items-center gap-2 rounded-lg bg-accent px-4 py-2.5 text-sm font-semibold text-surface shadow-sm hover:brightness-110"
            >
              Open the full comparison <span aria-hidden="true">→</span>
            </a>
            <span className="ml-3 text-sm text-muted">Side by side, fact by fact, and who covers what</span>
          </p>
        }
      />
      <RecentComparisons page={recent} seed={describeSeedLink()} />
    </PageShell>
  );
}
