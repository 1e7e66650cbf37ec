import type { GroupReview } from "@/lib/types";

// An editor's review, marked on every view in words ("Reviewed"), with an outline rather than
// a tint, so it never depends on colour and never competes with the kind pills.

const STATUS_WORDS: Readonly<Record<GroupReview["status"], string>> = {
  confirmed: "confirmed",
  edited: "corrected",
  noted: "annotated",
};

export function ReviewedLabel({ review }: { review: GroupReview | undefined }) {
  if (!review) return null;
  return (
    <span
      data-reviewed={review.status}
      className="inline-flex shrink-0 items-center gap-1 rounded-full border border-dashed border-ink/50 px-2 py-px text-xs font-semibold tracking-wide"
    >
      <span aria-hidden="true">✎</span>
      <span>
        Reviewed<span className="font-normal">: {STATUS_WORDS[review.status]}</span>
      </span>
    </span>
  );
}

export function ReviewNote({ review }: { review: GroupReview | undefined }) {
  if (!review?.note) return null;
  return (
    <p data-review-note="" className="mt-2 border-l-2 border-ink/40 pl-2 text-sm text-pretty">
      <span className="font-semibold">Editor&rsquo;s note:</span> {review.note}
    </p>
  );
}
