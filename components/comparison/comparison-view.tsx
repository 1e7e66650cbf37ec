import type { ReactNode } from "react";
import type { Comparison } from "@/lib/types";
import { indexComparison, labelSource, labelSourceId, pluralize, selectGroups } from "./comparison-index";
import { ConflictList } from "./conflict-list";
import { SharedList, UniqueList } from "./group-lists";
import { GroupSection } from "./group-parts";
import { nameSourceInWarning } from "../shared/labels";
import { SourceList } from "./source-list";
import { SummaryCounts } from "./summary-counts";

const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "long", timeZone: "UTC" });

/** A comparison read top to bottom: sources, counts, then conflicts, shared facts and unique facts. */
export function ComparisonView({ title, comparison, action }: { title: string; comparison: Comparison; action?: ReactNode }) {
  const index = indexComparison(comparison);
  const conflicts = selectGroups(comparison.groups, "conflict");
  const shared = selectGroups(comparison.groups, "shared");
  const unique = selectGroups(comparison.groups, "unique");
  const outlets = comparison.sources.map((source) => labelSource(source));
  return (
    <article>
      <header>
        <p className="text-sm font-medium text-accent">Comparison of {pluralize(comparison.sources.length, "article")}</p>
        <h1 className="mt-2 font-serif text-3xl leading-tight font-semibold tracking-tight text-balance sm:text-4xl">
          {title}
        </h1>
        <p className="mt-4 max-w-prose text-lg leading-relaxed text-muted text-pretty">
          How {formatList(outlets)} reported the same event, aligned sentence by sentence: the details they
          disagree on, the facts they share and what only one of them says.
        </p>
        <p className="mt-3 text-sm text-muted">
          Compared <time dateTime={comparison.createdAt}>{DATE_FORMAT.format(new Date(comparison.createdAt))}</time>
        </p>
        {action}
      </header>
      {comparison.warnings.length > 0 && (
        <aside aria-label="Notes" className="mt-8 rounded-xl border border-line bg-surface px-5 py-4 text-sm">
          <p className="font-semibold">Notes</p>
          <ul className="mt-2 list-disc space-y-1 pl-5 text-muted">
            {comparison.warnings.map((warning, i) => (
              <li key={i}>{nameSourceInWarning(warning, (id) => labelSourceId(index, id))}</li>
            ))}
          </ul>
        </aside>
      )}
      <SourceList sources={comparison.sources} />
      <SummaryCounts stats={comparison.stats} />
      <GroupSection
        id="conflicts"
        title="Conflicting details"
        count={conflicts.length}
        description="The sources state the same fact, but a concrete detail differs: a number, a date, a name, a place, the wording of a quotation, who said it, or a negation."
        emptyText="No conflicting details: where the sources overlap, they agree."
      >
        <ConflictList index={index} groups={conflicts} />
      </GroupSection>
      <GroupSection
        id="shared"
        title="Shared facts"
        count={shared.length}
        description="At least two sources state the same fact and no detail differs. Spelling variants of a name do not count as a difference."
        emptyText="No fact is stated by more than one source."
      >
        <SharedList index={index} groups={shared} />
      </GroupSection>
      <GroupSection
        id="unique"
        title="Unique facts"
        count={unique.length}
        description="Statements that only one source makes, listed under that source."
        emptyText="Every statement appears in at least two sources."
      >
        <UniqueList index={index} groups={unique} />
      </GroupSection>
    </article>
  );
}

function formatList(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "the sources";
  return `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`;
}
