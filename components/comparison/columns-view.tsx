import type { ReactNode } from "react";
import type { Source } from "@/lib/types";
import { KindLegend } from "../shared/kind-mark";
import { dataProps } from "./dom";
import { FactCards } from "./fact-cards";
import type { PanelProps } from "./page-part";
import { formatCount, type PageData } from "./page-model";
import type { ShownSentence } from "./page-part";
import { PartRange, ShowMore } from "./part-links";
import { SentenceRow } from "./sentence-row";
import { isSentenceShown } from "./sentence-parts";
import { formatViewQuery, toggleHidden, type ViewState } from "./view-state";

/**
 * One column per source, its cleaned article in reading order. On wide screens the columns sit
 * side by side in the page's own scroll, their names sticky under the toolbar, and the
 * controller draws connectors in the gaps (docs/decisions/0100). Narrow screens show fact cards
 * instead, every source's words under each fact (docs/decisions/0110).
 */
export function ColumnsView({ data, state, part }: PanelProps) {
  const { sources } = data.comparison;
  const shown = sources.filter((source) => !state.hide.includes(source.id));
  return (
    <>
      <PanelIntro id="columns-heading" title="Side by side">
        <span className="max-md:hidden">
          Each source in its own column, sentence by sentence. Point at or focus a sentence to light up the same
          fact in the other columns.
          {data.comparison.version === 2 && " A sentence that states more than one fact has a marked part for each: point at or focus a part to follow that fact."}
          {sources.length > 3 && ` With ${sources.length} sources the columns scroll sideways; hide the ones you do not need with the source buttons above.`}
        </span>
        <span className="md:hidden">Each fact with what every source says about it, conflicts first.</span>
      </PanelIntro>
      <PartRange part={part} state={state} noun="sentences" />
      <FactCards data={data} state={state} part={part} />
      <div data-columns-scroller="" className="relative mt-6 max-md:hidden print:block print:overflow-visible">
        <div
          {...dataProps({ columns: "", many: shown.length > 3 ? "" : undefined })}
          className="relative flex min-w-full gap-12"
        >
          {sources.map((source) => (
            <Column
              key={source.id}
              data={data}
              source={source}
              state={state}
              rows={part.sentences.get(source.id) ?? []}
            />
          ))}
          <svg {...dataProps({ connectors: "" })} aria-hidden="true" className="pointer-events-none absolute left-0 hidden overflow-hidden md:block print:hidden" />
        </div>
      </div>
      <ShowMore part={part} state={state} noun="sentences" />
    </>
  );
}

function Column({ data, source, state, rows }: { data: PageData; source: Source; state: ViewState; rows: readonly ShownSentence[] }) {
  const headingId = `column-${source.id}-heading`;
  const sourceIds = data.comparison.sources.map((s) => s.id);
  const next = toggleHidden(state, source.id, sourceIds);
  const figures = data.figures.get(source.id);
  return (
    <section
      aria-labelledby={headingId}
      {...dataProps({ column: source.id, sourcePart: source.id })}
      hidden={state.hide.includes(source.id)}
      className="column min-w-0"
    >
      <div className="column-head z-10 flex items-baseline justify-between gap-3 border-b border-line bg-canvas pt-2 pb-2 md:sticky md:top-[var(--toolbar-height,3.75rem)]">
        <h3 id={headingId} className="truncate font-semibold">
          {data.label(source.id)}
        </h3>
        <p className="flex shrink-0 items-baseline gap-3 text-xs text-muted">
          <span className="tabular-nums">{figures ? `${formatCount(figures.sentences)} sentences` : null}</span>
          {next !== state && (
            <a href={formatViewQuery(next) || "?"} {...dataProps({ toggleSource: source.id })} className="text-accent underline-offset-4 hover:underline print:hidden">
              Hide<span className="sr-only"> {data.label(source.id)}</span>
            </a>
          )}
        </p>
      </div>
      <ol {...dataProps({ columnList: "", partList: `column-${source.id}` })} className="mt-1 space-y-px pr-1">
        {rows.map(({ sentence, index }, i) => (
          <SentenceRow
            key={sentence.id}
            data={data}
            source={source}
            sentence={sentence}
            state={state}
            first={i === 0}
            paragraphStart={index > 0 && source.sentences[index - 1]?.paragraph !== sentence.paragraph}
          />
        ))}
      </ol>
      <p
        {...dataProps({ empty: "" })}
        hidden={rows.some(({ sentence }) => isSentenceShown(state, data.factsOf.get(sentence.id) ?? [], source.id))}
        className="py-6 text-sm text-muted italic"
      >
        No sentence of this source matches.
      </p>
    </section>
  );
}

export function PanelIntro({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <div className="mt-8 flex flex-wrap items-end justify-between gap-x-6 gap-y-2">
      <div className="max-w-2xl">
        <h2 id={id} className="text-xl font-semibold tracking-tight">
          {title}
        </h2>
        <p className="mt-1 text-sm text-muted text-pretty">{children}</p>
      </div>
      <KindLegend />
    </div>
  );
}
