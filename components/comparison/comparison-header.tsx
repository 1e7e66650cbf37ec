import { ConflictSummary } from "./conflict-summary";
import { KindSummary } from "./kind-summary";
import { nameSourceInWarning } from "../shared/labels";
import type { PageData } from "./page-model";
import { SourceCards } from "./source-cards";
import type { ViewState } from "./view-state";

const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** The event, its sources and the counts, above the views. */
export function ComparisonHeader({ data, state }: { data: PageData; state: ViewState }) {
  const { comparison } = data;
  const names = comparison.sources.map((source) => data.label(source.id));
  return (
    <header>
      <p className="text-sm font-medium text-accent">
        Comparison of {comparison.sources.length} sources
        <span className="text-muted">
          {" · "}compared <time dateTime={comparison.createdAt}>{DATE_FORMAT.format(new Date(comparison.createdAt))}</time>
        </span>
      </p>
      <h1 className="mt-2 max-w-4xl font-serif text-3xl leading-tight font-semibold tracking-tight text-balance sm:text-[2.6rem]">
        {data.title}
      </h1>
      <p className="mt-2 max-w-3xl text-base leading-relaxed text-muted text-pretty">
        How {formatList(names)} reported it, lined up sentence by sentence: what they share, where they disagree, and
        what only one of them says.
      </p>
      {comparison.warnings.length > 0 && (
        <aside aria-label="Notes on this comparison" className="mt-6 rounded-xl border border-conflict-line bg-conflict-soft px-5 py-3 text-sm">
          <ul className="list-disc space-y-1 pl-4">
            {comparison.warnings.map((warning, i) => (
              <li key={i}>{nameSourceInWarning(warning, data.label)}</li>
            ))}
          </ul>
        </aside>
      )}
      {/* The answer first (conflicts, then agreement), then who the sources are. */}
      <div className="mt-6 grid gap-8 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)] lg:gap-10">
        <ConflictSummary data={data} state={state} />
        <KindSummary data={data} state={state} />
      </div>
      <div className="mt-10">
        <SourceCards data={data} />
      </div>
    </header>
  );
}

function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "the sources";
  if (items.length > 4) return `${items.slice(0, 3).join(", ")} and ${items.length - 3} more`;
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
