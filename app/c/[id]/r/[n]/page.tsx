import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { ComparisonPage as ComparisonPageView } from "@/components/comparison/comparison-page";
import { deriveEventTitle } from "@/components/comparison/page-model";
import { PageShell } from "@/components/shared/page-shell";
import { RevisionBanner } from "@/components/comparison/revision-banner";
import { ShareComparison } from "@/components/comparison/share-comparison";
import { parsePartRequest } from "@/components/comparison/page-part";
import { parseViewState } from "@/components/comparison/view-state";
import { getRevision } from "@/app/_server/get-revision";

type Params = Promise<{ id: string; n: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { id, n } = await params;
  const found = await getRevision(id, n);
  return { title: found ? `${deriveEventTitle(found.comparison, found.title)} (revision ${found.number})` : "Revision not found" };
}

// A saved revision, rendered by the same components as the machine's comparison, under a
// banner saying which revision it is, who saved it when, and what changed.
export default async function RevisionRoute({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id, n } = await params;
  const found = await getRevision(id, n);
  if (!found) notFound();
  const { comparison, title, number, revisions } = found;
  const query = await searchParams;
  const state = parseViewState(query, comparison.sources.map((source) => source.id));
  return (
    <PageShell wide>
      <ShareComparison id={id} revision={number} />
      <RevisionBanner id={id} number={number} review={comparison.review} revisions={revisions} />
      <ComparisonPageView title={deriveEventTitle(comparison, title)} comparison={comparison} state={state} request={parsePartRequest(query)} />
    </PageShell>
  );
}
