import { dataProps } from "./dom";
import { formatCount } from "./page-model";
import type { PagePart } from "./page-part";
import { formatViewQuery, type ViewState } from "./view-state";

/** The address of another part of the same view: the view state's query plus `from`. */
export function formatPartHref(state: ViewState, from: number): string {
  const query = formatViewQuery(state);
  return from > 0 ? `${query ? `${query}&` : "?"}from=${from}` : query || "?";
}

/** Above a part: which rows it holds, and the way back to the ones before. */
export function PartRange({ part, state, noun }: { part: PagePart; state: ViewState; noun: string }) {
  if (!part.paged) return null;
  return (
    <p className="mt-4 flex flex-wrap items-baseline gap-x-4 text-sm text-muted print:hidden" data-part-range="">
      <span>
        This comparison is long, so the page shows it in parts: {noun} from {formatCount(part.from + 1)}, of{" "}
        {formatCount(part.total)} with these filters.
      </span>
      {part.previous !== null && (
        <a href={formatPartHref(state, part.previous)} className="font-medium text-accent underline-offset-4 hover:underline">
          Show earlier {noun}
        </a>
      )}
    </p>
  );
}

/** Below a part: a plain link to the next part, which the controller turns into "load here". */
export function ShowMore({ part, state, noun }: { part: PagePart; state: ViewState; noun: string }) {
  if (!part.paged || part.next === null) return null;
  return (
    <p className="mt-4 print:hidden" {...dataProps({ showMoreHolder: "" })}>
      <a
        href={formatPartHref(state, part.next)}
        {...dataProps({ showMore: "" })}
        className="inline-flex items-center gap-1.5 rounded-lg border border-line bg-surface px-3 py-1.5 text-sm font-medium shadow-sm hover:border-muted"
      >
        Show more {noun}
        <span className="text-muted tabular-nums">
          (from {formatCount(part.next + 1)} of {formatCount(part.total)})
        </span>
      </a>
    </p>
  );
}
