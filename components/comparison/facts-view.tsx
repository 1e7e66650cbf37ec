import { numberFacts } from "@/lib/comparison/number-facts";
import type { Group } from "@/lib/types";
import { PanelIntro } from "./columns-view";
import { ConflictChips, VariantLine } from "./conflict-chips";
import { KindPill } from "../shared/kind-mark";
import { dataProps } from "./dom";
import { MemberWords } from "./member-words";
import type { PageData } from "./page-model";
import { ReviewedLabel, ReviewNote } from "../review/review-mark";
import { NoMatchNote } from "./no-match-note";
import type { PanelProps } from "./page-part";
import { PartRange, ShowMore } from "./part-links";
import { FactEditorToggle } from "./client/fact-editor-toggle";
import { isItemShown, type ViewState } from "./view-state";

/** One row per fact (group), one column per source; a source that does not state it says so. */
export function FactsView({ data, state, part }: PanelProps) {
  const { sources } = data.comparison;
  const { groups } = part;
  const positionOf = numberFacts(data.comparison.groups);
  return (
    <>
      <PanelIntro id="facts-heading" title="Facts">
        Every fact once, with what each source says about it. <span className="diff-sample">Underlined words</span> differ
        between sources; <mark className="value-mark">highlighted words</mark> are the detail in conflict.
        {data.comparison.version === 2 && (
          <> Where a sentence states more than one fact, <strong className="fact-span">its words for this fact</strong> are in bold.</>
        )}
      </PanelIntro>
      {data.comparison.id && <FactEditorToggle comparisonId={data.comparison.id} baseRevision={data.comparison.review?.revision ?? 0} />}
      <PartRange part={part} state={state} noun="facts" />
      <div data-facts-table="" className="relative mt-6 overflow-x-auto rounded-xl border border-line bg-surface max-md:border-0 max-md:bg-transparent print:overflow-visible">
        <table role="table" className="facts-table w-full border-collapse text-left">
          <caption className="sr-only">Facts by source: one row per fact, one column per source</caption>
          <thead role="rowgroup" className="max-md:sr-only">
            <tr role="row" className="border-b border-line text-xs tracking-wide text-muted uppercase">
              <th scope="col" role="columnheader" className="w-64 px-4 py-3 font-semibold">
                Fact
              </th>
              {sources.map((source) => (
                <th key={source.id} scope="col" role="columnheader" {...dataProps({ sourcePart: source.id })} hidden={state.hide.includes(source.id)} className="px-4 py-3 font-semibold">
                  {data.label(source.id)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody role="rowgroup" {...dataProps({ partList: "facts" })}>
            {groups.map((group) => (
              <FactRow key={group.id} data={data} group={group} position={positionOf.get(group.id) ?? 0} state={state} />
            ))}
          </tbody>
        </table>
        <NoMatchNote groups={groups} state={state} />
      </div>
      <ShowMore part={part} state={state} noun="facts" />
    </>
  );
}

function FactRow({ data, group, position, state }: { data: PageData; group: Group; position: number; state: ViewState }) {
  const memberIds = group.members.map((member) => member.sourceId);
  return (
    <tr
      id={group.id}
      {...dataProps({ item: "", group: group.id, kind: group.kind, sources: memberIds.join(" ") })}
      role="row"
      tabIndex={-1}
      hidden={!isItemShown(state, group.kind, memberIds)}
      className="fact-row scroll-mt-40 border-b border-line align-top last:border-b-0 max-md:mb-4 max-md:block max-md:rounded-xl max-md:border max-md:bg-surface"
    >
      <th scope="row" role="rowheader" className="px-4 py-3.5 text-left font-normal max-md:block max-md:pb-1">
        <span className="flex flex-wrap items-center gap-2">
          <KindPill kind={group.kind} />
          <span className="text-xs text-muted tabular-nums">Fact {position}</span>
          <ReviewedLabel review={group.review} />
        </span>
        <ConflictChips data={data} conflicts={group.conflicts} />
        <VariantLine data={data} variants={group.variants} />
        <ReviewNote review={group.review} />
      </th>
      {data.comparison.sources.map((source) => {
        const member = group.members.find((m) => m.sourceId === source.id);
        const hidden = state.hide.includes(source.id);
        return (
          <td
            key={source.id}
            {...dataProps({ sourcePart: source.id })}
            hidden={hidden}
            role="cell"
            className="px-4 py-3.5 max-md:block max-md:pt-2"
          >
            <span className="mb-1 block text-xs font-semibold tracking-wide text-muted uppercase md:hidden">{data.label(source.id)}</span>
            {member ? (
              <p {...dataProps({ text: "" })} className="font-serif leading-relaxed text-pretty">
                <MemberWords data={data} group={group} member={member} />
              </p>
            ) : (
              <p className="text-sm text-muted italic">Not reported</p>
            )}
          </td>
        );
      })}
    </tr>
  );
}
