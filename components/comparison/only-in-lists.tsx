import { PAGE_PARTS } from "@/lib/limits";
import { windowLists } from "@/lib/paging/window-lists";
import type { Group } from "@/lib/types";
import { KindGlyph } from "../shared/kind-mark";
import { dataProps } from "./dom";
import { readFactText } from "./fact-members";
import { formatNumbers, type PageData } from "./page-model";
import { weighCoverageRow } from "./page-part";
import { formatViewQuery, isItemShown, type ViewState } from "./view-state";

/**
 * What each source alone reports, under "Only in X". On a page in parts each list shows its
 * first few and links to the facts view filtered to that source's unique facts, which pages.
 */
export function OnlyInLists({ data, state, paged }: { data: PageData; state: ViewState; paged: boolean }) {
  const { sources, groups } = data.comparison;
  const unique = groups.filter((group) => group.kind === "unique");
  const lists = sources.map((source) => unique.filter((group) => group.members[0]?.sourceId === source.id));
  const ends = paged ? windowLists(lists, 0, (group: Group) => weighCoverageRow(data, group), PAGE_PARTS.onlyIn).windows.map((w) => w.end) : null;
  return (
    <div className="mt-10 grid gap-8 lg:grid-cols-2">
      {sources.map((source, k) => {
        const all = lists[k]!;
        const own = ends ? all.slice(0, ends[k]) : all;
        const headingId = `only-${source.id}-heading`;
        return (
          <section
            key={source.id}
            aria-labelledby={headingId}
            {...dataProps({ sourcePart: source.id })}
            hidden={state.hide.includes(source.id)}
            className="min-w-0"
          >
            <h3 id={headingId} className="flex items-baseline gap-2 font-semibold">
              Only in {data.label(source.id)}
              <span className="text-sm font-normal text-muted tabular-nums">({all.length})</span>
            </h3>
            {own.length === 0 ? (
              <p className="mt-2 text-sm text-muted italic">Everything it says, another source says too.</p>
            ) : (
              <ol
                {...dataProps({ hideWhenEmpty: "" })}
                hidden={!isItemShown(state, "unique", [source.id])}
                className="mt-3 divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface">
                {own.map((group) => (
                  <OnlyInItem key={group.id} data={data} group={group} state={state} />
                ))}
              </ol>
            )}
            {own.length < all.length && (
              <p className="mt-2 text-sm">
                <a href={formatViewQuery({ view: "facts", filter: "unique", hide: sources.filter((other) => other.id !== source.id).map((other) => other.id) })} className="font-medium text-accent underline-offset-4 hover:underline">
                  All {all.length} only in {data.label(source.id)}, in the facts view
                </a>
              </p>
            )}
          </section>
        );
      })}
    </div>
  );
}

function OnlyInItem({ data, group, state }: { data: PageData; group: Group; state: ViewState }) {
  const member = group.members[0];
  if (!member) return null;
  const numbers = member.sentenceIds.map((id) => data.numberOf.get(id) ?? 0);
  return (
    <li
      {...dataProps({ item: "", group: group.id, kind: "unique", sources: member.sourceId })}
      hidden={!isItemShown(state, "unique", [member.sourceId])}
      className="grid grid-cols-[2rem_minmax(0,1fr)] px-3 py-2.5 text-[0.95rem]"
    >
      <span className="flex flex-col items-center text-xs leading-5 text-muted tabular-nums">
        <span className="sr-only">Sentence </span>
        {formatNumbers(numbers)}
        <KindGlyph kind="unique" className="text-sm" />
      </span>
      <p {...dataProps({ text: "" })} className="font-serif leading-relaxed text-pretty">{readFactText(data.sentenceText, member)}</p>
    </li>
  );
}
