import type { Kind } from "@/lib/types";
import { KIND_GLYPHS, KIND_HINTS, KIND_SVG_FILLS, KIND_TONES, pluralizeKind } from "./labels";
import { KINDS, formatCount, type PageData } from "./page-model";
import { formatViewQuery, type ViewState } from "./view-state";

/** Counts of each kind (each a link that filters the views), then each source's share of them. */
export function KindSummary({ data, state }: { data: PageData; state: ViewState }) {
  const { stats, sources } = data.comparison;
  return (
    <section aria-labelledby="glance-heading" className="min-w-0">
      <h2 id="glance-heading" className="text-sm font-semibold tracking-wide text-muted uppercase">
        At a glance
      </h2>
      <ul className="mt-3 grid grid-cols-3 gap-2 sm:gap-3">
        {KINDS.map((kind) => (
          <li key={kind}>
            <CountTile kind={kind} count={stats[kind]} state={state} />
          </li>
        ))}
      </ul>
      <h3 className="mt-5 text-sm font-semibold">What each source reports</h3>
      <ul className="mt-2 space-y-2.5">
        {sources.map((source) => {
          const kinds = data.figures.get(source.id)?.kinds ?? { conflict: 0, shared: 0, unique: 0 };
          return (
            <li key={source.id} className="grid grid-cols-[minmax(0,7.5rem)_minmax(0,1fr)] items-center gap-x-3 gap-y-1 text-sm">
              <span className="truncate font-medium">{data.label(source.id)}</span>
              <ShareBar kinds={kinds} />
              <span className="col-start-2 text-xs text-muted tabular-nums">
                {KINDS.map((kind) => `${formatCount(kinds[kind])} ${shortKind(kind, kinds[kind])}`).join(" · ")}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function CountTile({ kind, count, state }: { kind: Kind; count: number; state: ViewState }) {
  const active = state.filter === kind;
  return (
    <a
      href={formatViewQuery({ ...state, filter: kind }) || "?"}
      data-set-filter={kind}
      data-reveal-view=""
      aria-current={active ? "true" : undefined}
      className={`block h-full rounded-xl border px-3 py-3 transition-[filter] hover:brightness-[0.97] aria-[current]:ring-2 aria-[current]:ring-accent sm:px-4 ${KIND_TONES[kind]}`}
    >
      <span className="flex items-baseline justify-between gap-2">
        <span className="text-2xl font-semibold tabular-nums sm:text-3xl">{count}</span>
        <span aria-hidden="true" className="font-mono text-lg opacity-80">
          {KIND_GLYPHS[kind]}
        </span>
      </span>{" "}
      <span className="mt-0.5 block text-sm leading-snug font-semibold first-letter:uppercase">{pluralizeKind(kind, count)}</span>
      <span className="mt-0.5 hidden text-xs leading-snug opacity-90 sm:block">{KIND_HINTS[kind]}</span>
    </a>
  );
}

/**
 * A source's facts split by kind; decorative, since the words beside it say the same. Drawn as
 * SVG so the widths are attributes, not style attributes the Content-Security-Policy forbids.
 */
function ShareBar({ kinds }: { kinds: Record<Kind, number> }) {
  const total = KINDS.reduce((sum, kind) => sum + kinds[kind], 0);
  const shown = KINDS.filter((kind) => kinds[kind] > 0);
  let x = 0;
  return (
    <svg aria-hidden="true" className="block h-2.5 w-full overflow-hidden rounded-full" viewBox="0 0 100 10" preserveAspectRatio="none">
      <rect width="100" height="10" className="fill-line" />
      {total > 0 &&
        shown.map((kind, k) => {
          const width = (kinds[kind] / total) * 100;
          const at = x;
          x += width;
          // A thin gap between segments, as a border would draw it.
          return <rect key={kind} x={at} width={k < shown.length - 1 ? Math.max(0, width - 0.6) : width} height="10" className={KIND_SVG_FILLS[kind]} />;
        })}
    </svg>
  );
}

function shortKind(kind: Kind, count: number): string {
  if (kind === "conflict") return count === 1 ? "conflict" : "conflicts";
  return kind;
}
