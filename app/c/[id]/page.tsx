import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComparisonPage as ComparisonPageView } from "@/components/comparison/comparison-page";
import { deriveEventTitle } from "@/components/comparison/page-model";
import { PageShell } from "@/components/shared/page-shell";
import { RevisionBanner } from "@/components/comparison/revision-banner";
import { ShareComparison } from "@/components/comparison/share-comparison";
import { parsePartRequest } from "@/components/comparison/page-part";
import { parseViewState } from "@/components/comparison/view-state";
import { getComparison } from "@/app/_server/get-comparison";
import { getRevisionList } from "@/app/_server/get-revision";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const found = await getComparison((await params).id);
  return { title: found ? deriveEventTitle(found.comparison, found.title) : "Comparison not found" };
}

// The view state is read from the URL on the server, so a shared link renders the view its
// sender saw, with or without JavaScript.
export default async function ComparisonRoute({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const found = await getComparison((await params).id);
  if (!found) notFound();
  const { comparison, title } = found;
  const query = await searchParams;
  const state = parseViewState(query, comparison.sources.map((source) => source.id));
  // Stored comparisons can be reviewed; the seed is re-made by every build, so it cannot.
  const revisions = found.immutable && comparison.id ? await getRevisionList(comparison.id) : null;
  return (
    <PageShell wide>
      <ShareComparison id={comparison.id ?? ""} />
      {revisions && comparison.id && <RevisionBanner id={comparison.id} number={0} review={undefined} revisions={revisions} />}
      <ComparisonPageView title={deriveEventTitle(comparison, title)} comparison={comparison} state={state} request={parsePartRequest(query)} />
    </PageShell>
  );
}
