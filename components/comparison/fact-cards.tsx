import type { Group } from "@/lib/types";
import { KindPill } from "../shared/kind-mark";
import { ReviewedLabel, ReviewNote } from "../review/review-mark";
import { dataProps } from "./dom";
import { selectCardGroups } from "./fact-card-model";
import { MemberWords } from "./member-words";
import type { PageData } from "./page-model";
import type { PanelProps } from "./page-part";
import { isItemShown, type ViewState } from "./view-state";

const CARD_TONES = {
  conflict: "border-conflict-line",
  shared: "border-shared-line",
  unique: "border-line",
} as const;

/**
 * The phone's side by side (docs/decisions/0110): too narrow for columns, so each fact is a
 * card with every shown source's own words under it, conflicts first. Only CSS chooses between
 * these and the columns, so it reads the same without JavaScript.
 */
export function FactCards({ data, state, part }: PanelProps) {
  const positionOf = new Map(data.comparison.groups.map((group, i) => [group.id, i + 1] as const));
  const cards = selectCardGroups(data.comparison.groups, part, data.factsOf);
  return (
    <ol aria-label="Facts, conflicts first" {...dataProps({ partList: "fact-cards" })} className="mt-4 space-y-3 md:hidden print:hidden">
      {cards.map((group) => (
        <FactCard key={group.id} data={data} group={group} position={positionOf.get(group.id) ?? 0} state={state} />
      ))}
    </ol>
  );
}

function FactCard({ data, group, position, state }: { data: PageData; group: Group; position: number; state: ViewState }) {
  const memberIds = group.members.map((member) => member.sourceId);
  const headingId = `card-${group.id}-heading`;
  return (
    <li
      {...dataProps({ item: "", group: group.id, kind: group.kind, sources: memberIds.join(" ") })}
      aria-labelledby={headingId}
      tabIndex={-1}
      hidden={!isItemShown(state, group.kind, memberIds)}
      className={`fact-card scroll-mt-4 rounded-xl border bg-surface px-4 py-3 ${CARD_TONES[group.kind]}`}
    >
      <h3 id={headingId} className="flex flex-wrap items-center gap-2 text-xs font-normal">
        <KindPill kind={group.kind} />
        <span className="text-muted tabular-nums">Fact {position}</span>
        <ReviewedLabel review={group.review} />
      </h3>
      <ReviewNote review={group.review} />
      <dl className="mt-2 space-y-2.5">
        {data.comparison.sources.map((source) => {
          const member = group.members.find((m) => m.sourceId === source.id);
          return (
            // A source that does not report the fact takes one line, not a block.
            <div key={source.id} {...dataProps({ sourcePart: source.id })} hidden={state.hide.includes(source.id)} className={member ? "" : "flex flex-wrap items-baseline gap-x-2"}>
              <dt className="text-xs font-semibold tracking-wide text-muted uppercase">{data.label(source.id)}</dt>
              {member ? (
                <dd {...dataProps({ text: "" })} className="font-serif leading-relaxed text-pretty">
                  <MemberWords data={data} group={group} member={member} />
                </dd>
              ) : (
                <dd className="text-sm text-muted italic">Not reported</dd>
              )}
            </div>
          );
        })}
      </dl>
    </li>
  );
}
