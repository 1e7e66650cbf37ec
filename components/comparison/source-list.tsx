import { readIsoDay } from "@/lib/text/plain-text";
import type { Removed, Source } from "@/lib/types";
import { labelSource, pluralize } from "./comparison-index";
import { REASON_NAMES } from "../shared/labels";

export function SourceList({ sources }: { sources: readonly Source[] }) {
  return (
    <section aria-labelledby="sources-heading" className="mt-10">
      <h2 id="sources-heading" className="text-lg font-semibold tracking-tight">
        Sources
      </h2>
      <ol className="mt-4 grid gap-4 md:grid-cols-2">
        {sources.map((source) => (
          <li key={source.id} className="flex flex-col rounded-xl border border-line bg-surface p-5">
            <SourceCard source={source} />
          </li>
        ))}
      </ol>
    </section>
  );
}

function SourceCard({ source }: { source: Source }) {
  const name = labelSource(source);
  const day = readIsoDay(source.publishedAt);
  return (
    <>
      <p className="flex items-baseline gap-2 text-sm">
        <span className="font-mono text-xs text-muted">{source.id.toUpperCase()}</span>
        {source.url ? (
          <a href={source.url} className="font-semibold text-accent underline-offset-4 hover:underline">
            {name}
          </a>
        ) : (
          <span className="font-semibold">{name}</span>
        )}
        {day && <span className="text-muted">· {day}</span>}
      </p>
      <h3 className="mt-2 font-serif text-lg leading-snug text-pretty">
        {source.title ?? <span className="text-muted italic">Untitled article</span>}
      </h3>
      <p className="mt-3 text-sm text-muted">
        {pluralize(source.sentences.length, "sentence")} · {pluralize(source.removed.length, "item")} removed in
        cleaning
      </p>
      {source.removed.length > 0 && <RemovedItems removed={source.removed} />}
    </>
  );
}

function RemovedItems({ removed }: { removed: readonly Removed[] }) {
  return (
    <details className="group mt-3 text-sm">
      <summary className="cursor-pointer text-accent select-none underline-offset-4 hover:underline">
        Show what was removed
      </summary>
      <ul className="mt-3 space-y-2 border-l-2 border-line pl-3">
        {removed.map((item, i) => (
          <li key={i} className="break-words whitespace-pre-line text-muted">
            <span className="font-medium text-ink">{REASON_NAMES[item.reason]}:</span> {item.text}
          </li>
        ))}
      </ul>
    </details>
  );
}
