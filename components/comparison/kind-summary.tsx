import type { Kind } from "@/lib/types";
import { KIND_GLYPHS, KIND_HINTS, KIND_SVG_FILLS, KIND_TONES, pluralizeKind } from "../shared/labels";
import { AGREEMENT_CELL_LIMIT as AGREEMENT_CELLS, buildAgreementRow } from "./conflict-summary-model";
import { dataProps } from "./dom";
import { KINDS, formatCount, type PageData } from "./page-model";
import { formatViewQuery, type ViewState } from "./view-state";

/**
 * Counts of each kind (each a link that filters the views), then the agreement picture: one row
 * per source, one cell per fact in story order, tinted by the fact's kind where the source
 * states it. The words under each row (and the caption) are its text alternative.
 */
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
      <h3 id="agreement-heading" className="mt-5 text-sm font-semibold">
        What each source reports
      </h3>
      <p id="agreement-caption" className="mt-0.5 text-xs text-muted">
        Each row is a source, each cell one of the {formatCount(data.comparison.groups.length)} facts in story order
        {data.comparison.groups.length > AGREEMENT_CELLS ? " (neighbouring facts share a cell)" : ""}: tinted by kind where the source
        reports it, blank where it does not.
      </p>
      <ul aria-labelledby="agreement-heading" aria-describedby="agreement-caption" className="mt-2 space-y-2.5">
        {sources.map((source) => {
          const kinds = data.figures.get(source.id)?.kinds ?? { conflict: 0, shared: 0, unique: 0 };
          return (
            <li key={source.id} className="grid grid-cols-[minmax(0,7.5rem)_minmax(0,1fr)] items-center gap-x-3 gap-y-1 text-sm">
              <span className="truncate font-medium">{data.label(source.id)}</span>
              <AgreementStrip cells={buildAgreementRow(data.comparison.groups, source.id)} />
              <span className="col-start-2 text-xs text-muted tabular-nums">
                {KINDS.map((kind) => `${formatCount(kinds[kind])} ${shortKind(kind, kinds[kind])}`).join(" · ")}
                {` · ${formatCount(data.comparison.groups.length - KINDS.reduce((sum, kind) => sum + kinds[kind], 0))} not reported`}
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
      {...dataProps({ setFilter: kind, revealView: "" })}
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
 * One source's row of facts; decorative, since the words under it say the same. SVG, so the
 * cells are attributes, not style attributes the Content-Security-Policy forbids. Rows of every
 * source have the same cells, so together they read as a facts × sources grid.
 */
function AgreementStrip({ cells }: { cells: readonly (Kind | null)[] }) {
  const gap = cells.length > 60 ? 0 : 0.12;
  return (
    <svg aria-hidden="true" data-agreement="" className="block h-3.5 w-full overflow-hidden rounded-sm" viewBox={`0 0 ${Math.max(1, cells.length)} 1`} preserveAspectRatio="none">
      <rect width={Math.max(1, cells.length)} height="1" className="fill-line" />
      {cells.map((kind, i) =>
        kind ? <rect key={i} x={i + gap / 2} width={1 - gap} height="1" className={KIND_SVG_FILLS[kind]} {...dataProps({ kind })} /> : null,
      )}
    </svg>
  );
}

function shortKind(kind: Kind, count: number): string {
  if (kind === "conflict") return count === 1 ? "conflict" : "conflicts";
  return kind;
}
