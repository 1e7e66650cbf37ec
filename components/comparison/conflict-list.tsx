import { CONFLICT_LABELS } from "@/lib/export/index-comparison";
import type { Conflict, Group } from "@/lib/types";
import { labelSourceId, type ComparisonIndex } from "./comparison-index";
import { highlightValues, KindBadge, SourceStatements, VariantNote } from "./group-parts";
import { describeMatch } from "../shared/labels";

export function ConflictList({ index, groups }: { index: ComparisonIndex; groups: readonly Group[] }) {
  return (
    <ol className="mt-6 space-y-5">
      {groups.map((group) => (
        <li key={group.id} id={group.id} className="scroll-mt-6">
          <ConflictCard index={index} group={group} />
        </li>
      ))}
    </ol>
  );
}

function ConflictCard({ index, group }: { index: ComparisonIndex; group: Group }) {
  const headingId = `${group.id}-heading`;
  const title = [...new Set(group.conflicts.map((conflict) => CONFLICT_LABELS[conflict.type]))].join(" · ");
  return (
    <article aria-labelledby={headingId} className="rounded-xl border border-conflict-line bg-surface p-5 sm:p-6">
      <header className="flex flex-wrap items-center gap-x-3 gap-y-2">
        <KindBadge kind="conflict" />
        <h3 id={headingId} className="font-semibold">
          {title || CONFLICT_LABELS.other}
        </h3>
        {describeMatch(group.score) && <p className="ml-auto text-xs text-muted">{describeMatch(group.score)}</p>}
      </header>
      <div className="mt-4 space-y-3">
        {group.conflicts.map((conflict, i) => (
          <ConflictValues key={i} index={index} conflict={conflict} />
        ))}
      </div>
      <VariantNote index={index} variants={group.variants} />
      <h4 className="mt-5 text-xs font-semibold tracking-wider text-muted uppercase">In context</h4>
      <div className="mt-2 border-l-2 border-line pl-4 text-[0.95rem]">
        <SourceStatements
          index={index}
          members={group.members}
          label="Sentences in context"
          renderText={(text, member) =>
            highlightValues(
              text,
              group.conflicts.flatMap((c) => c.values.filter((v) => v.sourceId === member.sourceId).map((v) => v.text)),
            )
          }
        />
      </div>
    </article>
  );
}

function ConflictValues({ index, conflict }: { index: ComparisonIndex; conflict: Conflict }) {
  return (
    <dl
      aria-label={CONFLICT_LABELS[conflict.type]}
      className="grid overflow-hidden rounded-lg border border-conflict-line bg-conflict-soft sm:grid-flow-col sm:auto-cols-fr"
    >
      {conflict.values.map((value, i) => (
        <div
          key={`${value.sourceId}-${i}`}
          className="border-conflict-line px-4 py-3 not-first:border-t sm:not-first:border-t-0 sm:not-first:border-l"
        >
          <dt className="text-xs font-semibold tracking-wider text-conflict-ink uppercase">
            {labelSourceId(index, value.sourceId)}
          </dt>
          <dd className="mt-1 font-serif text-lg leading-snug text-ink">{value.text}</dd>
        </div>
      ))}
    </dl>
  );
}
