import type { Kind } from "@/lib/types";
import { KeyboardHelp } from "../shared/keyboard-help";
import { KIND_GLYPHS } from "../shared/labels";
import { dataProps } from "./dom";
import type { PageData } from "./page-model";
import { formatViewQuery, toggleHidden, type Filter, type View, type ViewState } from "./view-state";

const VIEW_NAMES: Readonly<Record<View, string>> = { columns: "Side by side", facts: "Facts", coverage: "Coverage" };
const FILTER_NAMES: Readonly<Record<Filter, string>> = { all: "All", conflict: "Conflicts", shared: "Shared", unique: "Unique" };

const SEGMENT =
  "inline-flex items-center gap-1.5 rounded-md px-2 py-1.5 text-sm sm:px-2.5 font-medium text-muted transition-colors hover:bg-surface hover:text-ink aria-[current]:bg-surface aria-[current]:text-ink aria-[current]:shadow-sm aria-[current]:ring-1 aria-[current]:ring-line";

/**
 * The view switcher, filters, source toggles, search and conflict stepper. Every control is a
 * plain link to the state it sets, so it works without JavaScript; the controller takes the
 * clicks over when it runs. Controls that only work with JavaScript are shown only with it.
 */
export function ViewToolbar({ data, state }: { data: PageData; state: ViewState }) {
  const { comparison } = data;
  const sourceIds = comparison.sources.map((source) => source.id);
  const counts: Record<Filter, number> = { all: comparison.groups.length, ...comparison.stats };
  return (
    <div
      id="view-controls"
      role="region"
      aria-label="View controls"
      className="sticky top-0 z-20 -mx-5 mt-10 border-y border-line bg-canvas/95 px-5 py-2.5 backdrop-blur max-md:static sm:-mx-8 sm:px-8 print:hidden"
    >
      <div className="flex flex-wrap items-center gap-x-5 gap-y-2">
        <nav aria-label="Views" className="flex gap-0.5 rounded-lg bg-line/60 p-0.5">
          {(Object.keys(VIEW_NAMES) as View[]).map((view) => (
            <a
              key={view}
              href={formatViewQuery({ ...state, view }) || "?"}
              {...dataProps({ setView: view })}
              aria-current={state.view === view ? "page" : undefined}
              className={SEGMENT}
            >
              {VIEW_NAMES[view]}
            </a>
          ))}
        </nav>
        <nav aria-label="Show" className="flex flex-wrap gap-0.5 rounded-lg bg-line/60 p-0.5">
          {(Object.keys(FILTER_NAMES) as Filter[]).map((filter) => (
            <a
              key={filter}
              href={formatViewQuery({ ...state, filter }) || "?"}
              {...dataProps({ setFilter: filter })}
              aria-current={state.filter === filter ? "true" : undefined}
              className={SEGMENT}
            >
              {filter !== "all" && (
                <span aria-hidden="true" className="font-mono text-xs">
                  {KIND_GLYPHS[filter as Kind]}
                </span>
              )}
              {FILTER_NAMES[filter]}
              <span className="text-xs text-muted tabular-nums">{counts[filter]}</span>
            </a>
          ))}
        </nav>
        <div role="group" aria-label="Sources shown" className="flex flex-wrap items-center gap-1.5">
          {comparison.sources.map((source) => {
            const shown = !state.hide.includes(source.id);
            const next = toggleHidden(state, source.id, sourceIds);
            return (
              <a
                key={source.id}
                role="button"
                href={formatViewQuery(next) || "?"}
                {...dataProps({ toggleSource: source.id })}
                aria-pressed={shown}
                aria-disabled={next === state ? "true" : undefined}
                className="group inline-flex max-w-44 items-center gap-1.5 rounded-full border border-line bg-surface px-2.5 py-1 text-sm text-muted hover:border-muted aria-pressed:text-ink aria-disabled:cursor-not-allowed"
              >
                <span
                  aria-hidden="true"
                  className="inline-flex size-3.5 shrink-0 items-center justify-center rounded-[3px] border border-muted text-[0.6rem] leading-none group-aria-pressed:border-accent group-aria-pressed:bg-accent group-aria-pressed:text-surface"
                >
                  <span className="invisible group-aria-pressed:visible">✓</span>
                </span>
                <span className="truncate">{data.label(source.id)}</span>
              </a>
            );
          })}
        </div>
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-x-4 gap-y-2 nojs:hidden">
        <search className="relative min-w-0 flex-1 max-sm:basis-full sm:max-w-xs">
          <label htmlFor="sentence-search" className="sr-only">
            Search sentences
          </label>
          <input
            id="sentence-search"
            type="search"
            {...dataProps({ search: "" })}
            placeholder="Search sentences"
            autoComplete="off"
            spellCheck={false}
            className="w-full rounded-md border border-line bg-surface py-1.5 pr-2.5 pl-8 text-sm placeholder:text-muted focus-visible:outline-2"
          />
          <span aria-hidden="true" className="pointer-events-none absolute top-1/2 left-2.5 -translate-y-1/2 text-sm text-muted">
            ⌕
          </span>
        </search>
        <div className="flex items-center gap-1.5 text-sm">
          <button type="button" {...dataProps({ stepConflict: "-1" })} className="rounded-md border border-line bg-surface px-2 py-1 hover:border-muted">
            <span aria-hidden="true">↑</span> Previous<span className="max-sm:sr-only"> conflict</span>
          </button>
          <button type="button" {...dataProps({ stepConflict: "1" })} className="rounded-md border border-line bg-surface px-2 py-1 hover:border-muted">
            <span aria-hidden="true">↓</span> Next<span className="max-sm:sr-only"> conflict</span>
          </button>
          <div className="max-sm:hidden">
            <KeyboardHelp />
          </div>
        </div>
        <p role="status" {...dataProps({ status: "" })} className="ml-auto min-h-5 text-sm text-muted tabular-nums" />
      </div>
    </div>
  );
}
