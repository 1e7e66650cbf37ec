import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { PageShell } from "@/components/shared/page-shell";
import { deriveEventTitle } from "@/components/comparison/page-model";
import { ReviewPanel } from "@/components/review/review-panel";
import { buildReviewModel } from "@/components/review/review-model";
import { getRevision } from "@/app/_server/get-revision";

type Params = Promise<{ id: string }>;
type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export const metadata: Metadata = { title: "Review a comparison", robots: { index: false } };

// Review mode: its own route, so its client code never loads with the comparison page.
// `?from=n` picks the revision to start from (default: the latest).
export default async function ReviewRoute({ params, searchParams }: { params: Params; searchParams: SearchParams }) {
  const { id } = await params;
  const from = (await searchParams).from;
  const latest = await getRevision(id, "0");
  if (!latest) notFound();
  const wanted = typeof from === "string" ? from : String(latest.revisions.at(-1)?.number ?? 0);
  const found = wanted === "0" ? latest : await getRevision(id, wanted);
  if (!found) notFound();
  const title = deriveEventTitle(found.comparison, found.title);
  return (
    <PageShell wide>
      <p className="text-sm font-medium text-accent">Editor review</p>
      <h1 className="mt-2 font-serif text-3xl leading-tight font-semibold tracking-tight text-balance">{title}</h1>
      <p className="mt-3 max-w-prose text-muted">
        Correct the machine: confirm or reject each fact, move sentences between facts, change a fact&rsquo;s kind or its
        conflict, and leave notes. Saving makes a new revision with its own address;{" "}
        <a className="text-accent underline underline-offset-2" href={found.number === 0 ? `/c/${id}` : `/c/${id}/r/${found.number}`}>
          the version you started from
        </a>{" "}
        stays as it is.
      </p>
      <ReviewPanel model={buildReviewModel(found.comparison, id, found.number)} />
    </PageShell>
  );
}
