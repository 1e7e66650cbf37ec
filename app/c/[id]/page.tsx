import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComparisonView } from "@/components/comparison-view";
import { PageShell } from "@/components/page-shell";
import { SEED_ID, loadSeedStory } from "../../_lib/load-story";

type Params = Promise<{ id: string }>;

// Only the seed comparison exists until comparisons can be stored; every other id is a 404.
export function generateStaticParams() {
  return [{ id: SEED_ID }];
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id } = await params;
  return id === SEED_ID ? { title: loadSeedStory().title } : { title: "Comparison not found" };
}

export default async function ComparisonPage({ params }: { params: Params }) {
  const { id } = await params;
  if (id !== SEED_ID) notFound();
  const { title, comparison } = loadSeedStory();
  return (
    <PageShell>
      <ComparisonView title={title} comparison={comparison} />
    </PageShell>
  );
}
