import { numberFacts } from "@/lib/comparison/number-facts";
import type { Group } from "@/lib/types";
import { PanelIntro } from "./columns-view";
import { KindPill } from "../shared/kind-mark";
import { ReviewedLabel } from "../review/review-mark";
import { KIND_GLYPHS, KIND_NAMES } from "../shared/labels";
import { dataProps } from "./dom";
import { OnlyInLists } from "./only-in-lists";
import { readFactText } from "./fact-members";
import type { PageData } from "./page-model";
import { NoMatchNote } from "./no-match-note";
import type { PanelProps } from "./page-part";
import { PartRange, ShowMore } from "./part-links";
import { formatViewQuery, isItemShown, type ViewState } from "./view-state";

const KIND_RANK = { conflict: 0, shared: 1, unique: 2 } as const;

// On a phone the sources scroll sideways under a pinned fact column (docs/decisions/0110); it
// needs its own background to cover them, and a rule to mark its edge.
const PINNED = "max-md:sticky max-md:left-0 max-md:z-10 max-md:bg-surface max-md:shadow-[inset_-1px_0_0_var(--color-line)]";

// Heat-map cells: a step stronger than the row tints, so coverage reads at a glance.
const CELL_TONES = {
  conflict: "border-conflict-line bg-conflict-line text-conflict-ink",
  shared: "border-shared-line bg-shared-line text-shared-ink",
  unique: "border-unique-line bg-unique-line text-unique-ink",
} as const;

/**
 * Facts by sources as a heat map: which source covers what. The column headers sort the rows
 * (with JavaScript); below it, what each source alone reports.
 */
export function CoverageView({ data, state, part }: PanelProps) {
  const { sources } = data.comparison;
  const { groups } = part;
  const positionOf = numberFacts(data.comparison.groups);
  return (
    <>
      <PanelIntro id="coverage-heading" title="Coverage">
        Which source reports which fact. Sort by a column to see what a source leaves out, or which facts most
        sources share.<span className="md:hidden"> The sources scroll sideways; the fact stays in place.</span>
      </PanelIntro>
      <PartRange part={part} state={state} noun="facts" />
      <div className="relative mt-6 overflow-x-auto rounded-xl border border-line bg-surface print:overflow-visible">
        <table className="w-full border-collapse text-left text-sm">
          <caption className="sr-only">Coverage: one row per fact, one column per source; sortable</caption>
          <thead>
            <tr className="border-b border-line text-xs tracking-wide text-muted uppercase">
              <SortHeader sortKey="order" label="Fact" initial className={`w-full min-w-40 md:min-w-56 ${PINNED}`} />
              <SortHeader sortKey="kind" label="Kind" />
              {sources.map((source) => (
                <SortHeader key={source.id} sortKey={`source:${source.id}`} label={data.label(source.id)} sourceId={source.id} state={state} center />
              ))}
              <SortHeader sortKey="count" label="Sources" center />
            </tr>
          </thead>
          <tbody {...dataProps({ sortable: "", partList: "coverage" })}>
            {groups.map((group) => (
              <CoverageRow key={group.id} data={data} group={group} position={positionOf.get(group.id) ?? 0} state={state} paged={part.paged} />
            ))}
          </tbody>
        </table>
        <NoMatchNote groups={groups} state={state} />
      </div>
      <ShowMore part={part} state={state} noun="facts" />
      <OnlyInLists data={data} state={state} paged={part.paged} />
    </>
  );
}

interface SortHeaderProps {
  sortKey: string;
  label: string;
  initial?: boolean;
  center?: boolean;
  className?: string;
  sourceId?: string;
  state?: ViewState;
}

function SortHeader({ sortKey, label, initial, center, className = "", sourceId, state }: SortHeaderProps) {
  return (
    <th
      scope="col"
      aria-sort={initial ? "ascending" : undefined}
      {...dataProps({ sourcePart: sourceId })}
      hidden={sourceId ? state?.hide.includes(sourceId) : undefined}
      className={`px-3 py-2.5 font-semibold whitespace-nowrap ${center ? "text-center" : ""} ${className}`}
    >
      <button
        type="button"
        {...dataProps({ sort: sortKey })}
        className="inline-flex items-center gap-1 rounded uppercase hover:text-ink nojs:pointer-events-none"
      >
        {label}
        <span aria-hidden="true" className="sort-arrow text-[0.65rem]" />
      </button>
    </th>
  );
}

function CoverageRow({ data, group, position, state, paged }: { data: PageData; group: Group; position: number; state: ViewState; paged: boolean }) {
  const memberIds = group.members.map((member) => member.sourceId);
  const first = group.members[0];
  return (
    <tr
      {...dataProps({ item: "", group: group.id, kind: group.kind, sources: memberIds.join(" "), order: position, rank: KIND_RANK[group.kind], count: memberIds.length })}
      tabIndex={-1}
      hidden={!isItemShown(state, group.kind, memberIds)}
      className="border-b border-line last:border-b-0"
    >
      <th scope="row" className={`max-w-0 px-3 py-2 font-normal ${PINNED}`}>
        <a
          href={`${formatFactsLink(state, group.id, paged)}#${group.id}`}
          {...dataProps({ setView: "facts", hash: group.id })}
          className="flex min-w-0 items-baseline gap-2 underline-offset-4 hover:underline"
        >
          <span className="shrink-0 text-xs text-muted tabular-nums">{position}</span>
          <span className="truncate font-serif">{readFactText(data.sentenceText, first)}</span>
        </a>
      </th>
      <td className="px-3 py-2">
        <span className="flex flex-wrap gap-1">
          <KindPill kind={group.kind} />
          <ReviewedLabel review={group.review} />
        </span>
      </td>
      {data.comparison.sources.map((source) => {
        const reports = memberIds.includes(source.id);
        return (
          <td key={source.id} {...dataProps({ sourcePart: source.id })} hidden={state.hide.includes(source.id)} className="px-3 py-1.5 text-center">
            {reports ? (
              <span className={`inline-flex h-7 w-full min-w-12 items-center justify-center rounded border font-mono ${CELL_TONES[group.kind]}`}>
                <span aria-hidden="true">{KIND_GLYPHS[group.kind]}</span>
                <span className="sr-only">Reports it ({KIND_NAMES[group.kind].toLowerCase()})</span>
              </span>
            ) : (
              <span className="inline-flex h-7 w-full min-w-12 items-center justify-center rounded border border-dashed border-line text-muted">
                <span aria-hidden="true">–</span>
                <span className="sr-only">Not reported</span>
              </span>
            )}
          </td>
        );
      })}
      <td className="px-3 py-2 text-center text-muted tabular-nums">
        {memberIds.length}
        <span className="sr-only"> of {data.comparison.sources.length}</span>
      </td>
    </tr>
  );
}

/** In a page in parts the facts view opens at the part holding the fact (`at`). */
function formatFactsLink(state: ViewState, groupId: string, paged: boolean): string {
  const query = formatViewQuery({ ...state, view: "facts" });
  return paged ? `${query}&at=${groupId}` : query || "?";
}
