import type { Group } from "@/lib/types";
import { groupUniqueBySource, labelSource, readMemberText, type ComparisonIndex } from "./comparison-index";
import { KindBadge, SourceStatements, VariantNote } from "./group-parts";
import { describeMatch } from "../shared/labels";

/** Facts two or more sources state alike, each source's wording side by side. */
export function SharedList({ index, groups }: { index: ComparisonIndex; groups: readonly Group[] }) {
  return (
    <ol className="mt-6 space-y-4">
      {groups.map((group) => (
        <li key={group.id} id={group.id} className="scroll-mt-6 rounded-xl border border-line bg-surface p-5 sm:p-6">
          <div className="mb-3 flex items-center gap-3">
            <KindBadge kind="shared" />
            <p className="text-xs text-muted tabular-nums">
              {group.members.length} sources
              {describeMatch(group.score) && <> · {describeMatch(group.score)}</>}
            </p>
          </div>
          <SourceStatements index={index} members={group.members} label="What each source says" />
          <VariantNote index={index} variants={group.variants} />
        </li>
      ))}
    </ol>
  );
}

/** Facts only one source states, under a heading per source. */
export function UniqueList({ index, groups }: { index: ComparisonIndex; groups: readonly Group[] }) {
  return (
    <div className="mt-6 grid gap-8 lg:grid-cols-2">
      {groupUniqueBySource(index, groups).map(({ source, groups: own }) => {
        const headingId = `unique-${source.id}-heading`;
        return (
          <section key={source.id} aria-labelledby={headingId} className="min-w-0">
            <h3 id={headingId} className="flex items-baseline gap-2 font-semibold">
              Only in {labelSource(source)}
              <span className="text-sm font-normal text-muted tabular-nums">({own.length})</span>
            </h3>
            <ol className="mt-3 divide-y divide-line overflow-hidden rounded-xl border border-line bg-surface">
              {own.map((group) => (
                <li key={group.id} id={group.id} className="flex scroll-mt-6 flex-col items-start gap-1.5 px-4 py-3.5 sm:flex-row sm:gap-3 sm:px-5">
                  <div className="sm:pt-0.5">
                    <KindBadge kind="unique" />
                  </div>
                  <p className="min-w-0 leading-relaxed">
                    {group.members.map((member) => readMemberText(index, member)).join(" ")}
                  </p>
                </li>
              ))}
            </ol>
          </section>
        );
      })}
    </div>
  );
}
