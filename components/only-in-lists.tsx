import type { Group } from "@/lib/types";
import { KindGlyph } from "./kind-mark";
import { formatNumbers, readMember, type PageData } from "./page-model";
import { isItemShown, type ViewState } from "./view-state";

/** What each source alone reports, under "Only in X". */
export function OnlyInLists({ data, state }: { data: PageData; state: ViewState }) {
  const { sources, groups } = data.comparison;
  const unique = groups.filter((group) => group.kind === "unique");
  return (
    <div className="mt-10 grid gap-8 lg:grid-cols-2">
      {sources.map((source) => {
        const own = unique.filter((group) => group.members[0]?.sourceId === source.id);
        const headingId = `only-${source.id}-heading`;
        return (
          <section
            key={source.id}
            aria-labelledby={headingId}
            data-source-part={source.id}
            hidden={state.hide.includes(source.id)}
            className="min-w-0"
          >
            <h3 id={headingId} className="flex items-baseline gap-2 font-semibold">
              Only in {data.label(source.id)}
              <span className="text-sm font-normal text-muted tabular-nums">({own.length})</span>
            </h3>
            {own.length === 0 ? (
              <p className="mt-2 text-sm text-muted italic">Everything it says, another source says too.</p>
            ) : (
              <ol
                data-hide-when-empty=""
                hidden={!isItemShown(state, "unique", [source.id])}
                className="mt-3 divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface">
                {own.map((group) => (
                  <OnlyInItem key={group.id} data={data} group={group} state={state} />
                ))}
              </ol>
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
      data-item=""
      data-group={group.id}
      data-kind="unique"
      data-sources={member.sourceId}
      hidden={!isItemShown(state, "unique", [member.sourceId])}
      className="grid grid-cols-[2rem_minmax(0,1fr)] px-3 py-2.5 text-[0.95rem]"
    >
      <span className="flex flex-col items-center text-xs leading-5 text-muted tabular-nums">
        <span className="sr-only">Sentence </span>
        {formatNumbers(numbers)}
        <KindGlyph kind="unique" className="text-sm" />
      </span>
      <p data-text="" className="font-serif leading-relaxed text-pretty">{readMember(data, member.sentenceIds)}</p>
    </li>
  );
}
