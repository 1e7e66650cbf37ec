import { CONFLICT_SENTENCES } from "../shared/labels";
import { readFactText } from "./fact-members";
import type { PageData } from "./page-model";
import { summarizeConflicts } from "./conflict-summary-model";
import { formatViewQuery, type ViewState } from "./view-state";

/**
 * The answer first: each conflict of the whole comparison with every source's value and a link
 * to the fact, right under the title. Bounded; the rest link to the facts view, conflicts only.
 */
export function ConflictSummary({ data, state }: { data: PageData; state: ViewState }) {
  const { groups } = data.comparison;
  const textOf = (group: (typeof groups)[number], sourceId: string) =>
    readFactText(data.sentenceText, group.members.find((member) => member.sourceId === sourceId));
  const { items, more, total } = summarizeConflicts(groups, textOf);
  const allConflicts = formatViewQuery({ ...state, view: "facts", filter: "conflict", hide: [] }) || "?";
  return (
    <section aria-labelledby="disagree-heading" className="min-w-0">
      <h2 id="disagree-heading" className="text-sm font-semibold tracking-wide text-muted uppercase">
        Where they disagree
      </h2>
      {total === 0 ? (
        <p className="mt-3 text-base text-muted">No conflicting details: where these sources report the same fact, they agree.</p>
      ) : (
        <ol className="mt-3 space-y-2.5">
          {items.map(({ group, position, conflict, values }, i) => (
            <li key={`${group.id}-${i}`} className="rounded-xl border border-conflict-line bg-conflict-soft px-4 py-2.5">
              <a href={`#${group.id}`} className="text-sm font-semibold text-conflict-ink underline decoration-conflict-line underline-offset-4 hover:decoration-current">
                <span aria-hidden="true" className="mr-1.5 font-mono">
                  ≠
                </span>
                Fact {position}: {CONFLICT_SENTENCES[conflict.type]}
              </a>
              <dl className="mt-1.5 grid gap-x-5 gap-y-1 sm:grid-cols-[repeat(auto-fit,minmax(10rem,1fr))]">
                {values.map((value) => (
                  <div key={value.text} className="min-w-0">
                    <dt className="text-xs font-semibold tracking-wide text-muted uppercase">{value.sourceIds.map((id) => data.label(id)).join(", ")}</dt>
                    <dd className="font-serif text-[1.05rem] leading-snug text-ink">{value.text}</dd>
                  </div>
                ))}
              </dl>
            </li>
          ))}
        </ol>
      )}
      {more > 0 && (
        <p className="mt-2.5 text-sm">
          <a href={allConflicts} className="font-medium text-accent underline underline-offset-4">
            and {more} more conflicting {more === 1 ? "detail" : "details"}
          </a>
        </p>
      )}
    </section>
  );
}
