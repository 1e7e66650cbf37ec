import type { Source } from "@/lib/types";
import { formatCount, formatDate, type PageData } from "./page-model";

const FIGURE = "flex items-baseline gap-1.5 sm:block";

/** One card per source: who, what, when, where to read it, and how much cleaning took out. */
export function SourceCards({ data }: { data: PageData }) {
  return (
    <section aria-labelledby="sources-heading" className="min-w-0">
      <h2 id="sources-heading" className="text-sm font-semibold tracking-wide text-muted uppercase">
        Sources
      </h2>
      <ol className="mt-3 grid gap-3 sm:grid-cols-2">
        {data.comparison.sources.map((source, i) => (
          <li key={source.id} className="flex min-w-0 flex-col rounded-xl border border-line bg-surface px-4 py-3 shadow-xs sm:p-5">
            <SourceCard data={data} source={source} position={i + 1} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function SourceCard({ data, source, position }: { data: PageData; source: Source; position: number }) {
  const figures = data.figures.get(source.id);
  const date = formatDate(source.publishedAt);
  return (
    <>
      <div className="flex items-baseline justify-between gap-3">
        <p className="flex min-w-0 items-baseline gap-2">
          <span className="rounded bg-canvas px-1.5 py-px font-mono text-[0.7rem] text-muted ring-1 ring-line ring-inset" aria-hidden="true">
            {position}
          </span>
          <span className="truncate font-semibold">{data.label(source.id)}</span>
        </p>
        {source.url && (
          <a href={source.url} className="shrink-0 text-sm font-medium text-accent underline-offset-4 hover:underline" rel="noopener noreferrer">
            Original<span className="sr-only"> article at {data.label(source.id)}</span> <span aria-hidden="true">↗</span>
          </a>
        )}
      </div>
      {/* What the creator did not give is left out rather than announced on every card. */}
      {source.title && source.title !== data.label(source.id) && (
        <h3 className="mt-2 font-serif text-[1.05rem] leading-snug text-pretty">{source.title}</h3>
      )}
      <p className="mt-1 mb-2 grow text-sm text-muted sm:mb-4">{date && <time dateTime={source.publishedAt ?? undefined}>{date}</time>}</p>
      {figures && (
        // On a phone the figures run on one line, so five sources do not push the facts a screen down.
        <dl className="mt-auto flex flex-wrap gap-x-4 gap-y-1 border-t border-line pt-2 text-sm sm:grid sm:grid-cols-3 sm:gap-3 sm:pt-3">
          <div className={FIGURE}>
            <dt className="text-xs text-muted">Words</dt>
            <dd className="font-semibold tabular-nums">{formatCount(figures.words)}</dd>
          </div>
          <div className={FIGURE}>
            <dt className="text-xs text-muted">Sentences</dt>
            <dd className="font-semibold tabular-nums">{formatCount(figures.sentences)}</dd>
          </div>
          <div className={FIGURE}>
            <dt className="text-xs text-muted">Cleaning removed</dt>
            <dd className="tabular-nums">
              {figures.removedItems === 0 ? (
                <span className="font-semibold">Nothing</span>
              ) : (
                <a href={`#removed-${source.id}`} className="font-semibold text-accent underline-offset-4 hover:underline">
                  {formatCount(figures.removedWords)} words
                  <span className="font-normal text-muted"> ({Math.round(figures.removedShare * 100)}%)</span>
                </a>
              )}
            </dd>
          </div>
        </dl>
      )}
    </>
  );
}
