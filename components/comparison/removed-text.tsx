import type { Removed, Source } from "@/lib/types";
import { REASON_NAMES } from "../shared/labels";
import { formatCount, type PageData } from "./page-model";

/** Per source, what cleaning dropped and why, closed by default: nothing is hidden from a reader who checks. */
export function RemovedText({ data }: { data: PageData }) {
  return (
    <section aria-labelledby="removed-heading" className="mt-16 print:break-before-page">
      <h2 id="removed-heading" className="text-xl font-semibold tracking-tight">
        What cleaning removed
      </h2>
      <p className="mt-1 max-w-2xl text-sm text-muted text-pretty">
        Error pages, navigation, disclaimers, duplicated paragraphs, the cut-off end of a truncated page and other text that is not part of the story
        were set aside before comparing. Every removed piece is listed here with the reason.
      </p>
      <div className="mt-5 space-y-3">
        {data.comparison.sources.map((source) => (
          <SourceRemoved key={source.id} data={data} source={source} />
        ))}
      </div>
    </section>
  );
}

function SourceRemoved({ data, source }: { data: PageData; source: Source }) {
  const figures = data.figures.get(source.id);
  const byReason = groupByReason(source.removed);
  return (
    <details id={`removed-${source.id}`} className="group scroll-mt-32 rounded-xl border border-line bg-surface">
      <summary className="flex cursor-pointer list-none items-baseline gap-3 px-4 py-3 select-none sm:px-5 [&::-webkit-details-marker]:hidden">
        <span aria-hidden="true" className="text-muted transition-transform group-open:rotate-90">
          ›
        </span>
        <span className="font-semibold">{data.label(source.id)}</span>
        <span className="text-sm text-muted tabular-nums">
          {source.removed.length === 0
            ? "nothing removed"
            : `${formatCount(source.removed.length)} ${source.removed.length === 1 ? "item" : "items"}, ${formatCount(figures?.removedWords ?? 0)} words`}
        </span>
      </summary>
      {source.removed.length > 0 && (
        <div className="space-y-4 border-t border-line px-4 py-4 sm:px-5">
          {byReason.map(([reason, items]) => (
            <div key={reason}>
              <h3 className="text-xs font-semibold tracking-wide text-muted uppercase">
                {REASON_NAMES[reason]} <span className="tabular-nums">({items.length})</span>
              </h3>
              <ul className="mt-2 space-y-1.5 border-l-2 border-line pl-3 text-sm">
                {items.map((item, i) => (
                  <li key={i} className="break-words whitespace-pre-line text-muted">
                    {item.text}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </details>
  );
}

function groupByReason(removed: readonly Removed[]): [Removed["reason"], Removed[]][] {
  const buckets = new Map<Removed["reason"], Removed[]>();
  for (const item of removed) buckets.set(item.reason, [...(buckets.get(item.reason) ?? []), item]);
  return [...buckets];
}
