import type { ComparisonSummary, SummaryPage } from "@/lib/store/store-types";

const DATE_FORMAT = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" });

const COUNT_TONES = [
  ["conflict", "conflicting", "border-conflict-line bg-conflict-soft text-conflict-ink"],
  ["shared", "shared", "border-shared-line bg-shared-soft text-shared-ink"],
  ["unique", "unique", "border-unique-line bg-unique-soft text-unique-ink"],
] as const;

/**
 * The newest listed comparisons (unlisted ones never appear), newest first, with a link to the
 * next older page. The page reads the list (app/_server/list-recent.ts) and passes it in; null
 * means it could not be read. `seed` is the example linked beside it, if any.
 */
export function RecentComparisons({ page, before = null, seed = null }: { page: SummaryPage | null; before?: string | null; seed?: { href: string; title: string } | null }) {
  return (
    <section aria-labelledby="recent-heading" className="mt-16">
      <div className="flex flex-wrap items-baseline justify-between gap-3 border-b border-line pb-3">
        <h2 id="recent-heading" className="text-xl font-semibold tracking-tight">
          {before ? "Older comparisons" : "Recent comparisons"}
        </h2>
        <a
          href="/new"
          className="inline-flex items-center gap-1.5 rounded-lg bg-accent px-3.5 py-2 text-sm font-semibold text-surface shadow-sm hover:brightness-110"
        >
          <span aria-hidden="true">+</span> New comparison
        </a>
      </div>
      {page === null ? (
        <p className="mt-4 text-muted">Recent comparisons cannot be shown right now.</p>
      ) : page.items.length === 0 ? (
        <p className="mt-4 text-muted">{before ? "There are no older comparisons." : "No one has listed a comparison yet. Be the first: compare two or more articles about one event."}</p>
      ) : (
        <ol className="mt-2 divide-y divide-line" aria-label="Comparisons, newest first">
          {page.items.map((item) => (
            <RecentItem key={item.id} item={item} />
          ))}
        </ol>
      )}
      <div className="mt-4 flex flex-wrap items-center justify-between gap-3 text-sm">
        {seed ? (
          <p className="text-muted">
            Example:{" "}
            <a href={seed.href} className="font-medium text-accent underline-offset-4 hover:underline">
              {seed.title}
            </a>
          </p>
        ) : (
          <span />
        )}
        {page?.nextCursor && (
          <a href={`/comparisons?before=${encodeURIComponent(page.nextCursor)}`} rel="next" className="font-medium text-accent underline-offset-4 hover:underline">
            Older comparisons <span aria-hidden="true">→</span>
          </a>
        )}
      </div>
    </section>
  );
}

function RecentItem({ item }: { item: ComparisonSummary }) {
  return (
    <li className="py-4">
      <a href={`/c/${item.id}`} className="font-serif text-lg leading-snug font-semibold text-pretty underline-offset-4 hover:underline">
        {item.title}
      </a>
      <p className="mt-1 text-sm text-muted">
        {item.outlets.join(" · ")} · <time dateTime={item.createdAt}>{DATE_FORMAT.format(new Date(item.createdAt))} UTC</time>
      </p>
      <ul className="mt-2 flex flex-wrap gap-1.5 text-xs font-medium" aria-label="Counts">
        {COUNT_TONES.map(([kind, label, tone]) => (
          <li key={kind} className={`rounded-full border px-2 py-0.5 tabular-nums ${tone}`}>
            {item.stats[kind]} {label}
          </li>
        ))}
      </ul>
    </li>
  );
}
