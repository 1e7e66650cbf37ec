import type { RevisionSummary } from "@/lib/store/store-types";
import type { ComparisonReview } from "@/lib/types";
import { formatDate } from "./page-model";

const TIME_FORMAT = new Intl.DateTimeFormat("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });

/**
 * Which version of a comparison this is: the machine's original or an editor's revision, when
 * and by whom it was saved, what it changed against the revision it was based on (and whether
 * someone else saved in between), with links to every other version and to review this one.
 */
export function RevisionBanner({ id, number, review, revisions }: { id: string; number: number; review: ComparisonReview | undefined; revisions: readonly RevisionSummary[] }) {
  const latest = revisions.at(-1)?.number ?? 0;
  const saved = review ? new Date(review.savedAt) : null;
  return (
    <aside aria-labelledby="revision-heading" data-revision={number} className="mt-6 mb-8 rounded-xl border border-dashed border-ink/40 bg-surface px-5 py-4 text-sm">
      <h2 id="revision-heading" className="font-semibold">
        {review ? `Reviewed revision ${number}` : "As first made, before any editor's review"}
      </h2>
      {review && saved && (
        <p className="mt-1 text-muted">
          Saved <time dateTime={review.savedAt}>{formatDate(review.savedAt)}, {TIME_FORMAT.format(saved)} UTC</time>
          {review.editor ? <> by <span className="font-medium text-ink">{review.editor}</span></> : " (no editor name given)"}, based on{" "}
          <a className="text-accent underline underline-offset-2" href={`/c/${id}/r/${review.basedOn}`}>
            {nameRevision(review.basedOn)}
          </a>
          .
        </p>
      )}
      {review && review.basedOn < number - 1 && (
        <p data-stale="" className="mt-2 font-medium">
          Based on an older revision: revision {number - 1} was saved in between, and its changes are not in this one.
        </p>
      )}
      {review?.note && (
        <p data-summary-note="" className="mt-2">
          <span className="font-semibold">Editor&rsquo;s summary:</span> {review.note}
        </p>
      )}
      {review && (
        <details className="mt-2" open>
          <summary className="cursor-pointer font-medium">What changed against {nameRevision(review.basedOn)} ({review.changes.length})</summary>
          <ul data-changes="" className="mt-1 list-disc pl-5 text-muted">
            {review.changes.map((change, i) => (
              <li key={i}>{change.detail}</li>
            ))}
          </ul>
        </details>
      )}
      <nav aria-label="Revisions" className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
        {number !== 0 && <a className="text-accent underline underline-offset-2" href={`/c/${id}`}>As first made</a>}
        {revisions.filter((r) => r.number !== number).slice(-5).map((r) => (
          <a key={r.number} className="text-accent underline underline-offset-2" href={`/c/${id}/r/${r.number}`}>
            Revision {r.number}{r.number === latest ? " (latest)" : ""}
          </a>
        ))}
        <a className="font-medium text-accent underline underline-offset-2" href={`/c/${id}/review?from=${number}`}>
          Review this version
        </a>
      </nav>
    </aside>
  );
}

/** Revision 0 is the machine's first version; readers know it as that, not by its number. */
function nameRevision(number: number): string {
  return number === 0 ? "the first version" : `revision ${number}`;
}
