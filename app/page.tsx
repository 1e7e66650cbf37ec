import { ComparisonView } from "@/components/comparison-view";
import { PageShell } from "@/components/page-shell";
import { loadSeedStory } from "./_lib/load-story";

export default function HomePage() {
  const { title, comparison } = loadSeedStory();
  return (
    <PageShell>
      <ComparisonView title={title} comparison={comparison} />
    </PageShell>
  );
}
