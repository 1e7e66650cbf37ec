// Lights up a fact wherever it appears: the group under the pointer, else the focused one, else
// the one named in the URL fragment. In the columns view it also scrolls the other columns so
// the counterparts line up with the sentence, and keeps the connector ribbons drawn.
import { isRendered, keepCurrentColumn, queryAll } from "./apply-state";
import { drawConnectors } from "./connectors";

export type Listen = (target: EventTarget, type: string, handler: (event: never) => void, options?: AddEventListenerOptions) => void;

export interface Linker {
  /** The fact named in the fragment, or none. */
  pin(group: string | null): void;
  /** Bring a fact's rows into view in the active panel; focus the first when asked. */
  reveal(rows: HTMLElement[], focus: boolean): void;
  redraw(): void;
}

const HOVER_ALIGN_MS = 220;

export function scrollBehavior(): ScrollBehavior {
  return matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
}

export function createLinker(root: HTMLElement, listen: Listen): Linker {
  const track = root.querySelector<HTMLElement>("[data-columns]");
  const svg = root.querySelector<SVGSVGElement>("[data-connectors]");
  let pinned: string | null = null;
  let hovered: string | null = null;
  let focused: string | null = null;
  let shown: string | null = null;
  let alignTimer = 0;
  let frame = 0;

  const active = () => hovered ?? focused ?? pinned;

  function light(): void {
    const group = active();
    if (group !== shown) {
      for (const row of queryAll(root, "[data-active]")) row.removeAttribute("data-active");
      if (group) for (const row of queryAll(root, `[data-item][data-group="${group}"]`)) row.setAttribute("data-active", "");
      shown = group;
    }
    redraw();
  }

  function redraw(): void {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => {
      if (track && svg) drawConnectors(track, svg, active());
    });
  }

  /** Scroll the other columns so the same fact sits level with `anchor`. */
  function align(anchor: HTMLElement, behavior: ScrollBehavior): void {
    const group = anchor.dataset.group;
    if (!group || !track) return;
    const anchorTop = anchor.getBoundingClientRect().top;
    for (const list of queryAll(track, "[data-column-list]")) {
      if (list.contains(anchor) || !isRendered(list)) continue;
      const target = queryAll(list, `[data-group="${group}"]`).find((row) => !row.hidden);
      if (!target) continue;
      const delta = target.getBoundingClientRect().top - anchorTop;
      if (Math.abs(delta) > 2) list.scrollBy({ top: delta, behavior });
    }
  }

  function rowOf(event: Event): HTMLElement | null {
    const row = (event.target as Element | null)?.closest<HTMLElement>("[data-item]");
    return row && root.contains(row) ? row : null;
  }

  if (track) {
    listen(track, "mouseover", (event: MouseEvent) => {
      const row = rowOf(event);
      const group = row?.dataset.sentence ? (row.dataset.group ?? null) : null;
      if (group === hovered) return;
      hovered = group;
      light();
      clearTimeout(alignTimer);
      if (row && group) alignTimer = window.setTimeout(() => align(row, scrollBehavior()), HOVER_ALIGN_MS);
    });
    listen(track, "mouseleave", () => {
      clearTimeout(alignTimer);
      hovered = null;
      light();
    });
    listen(track, "scroll", redraw, { capture: true, passive: true });
    const observer = new ResizeObserver(redraw);
    observer.observe(track);
    listen(window, "pagehide", () => observer.disconnect());
  }

  listen(root, "focusin", (event: FocusEvent) => {
    const row = rowOf(event);
    focused = row?.dataset.group ?? null;
    if (row?.dataset.sentence) {
      for (const other of queryAll(row.parentElement ?? root, "[data-sentence]")) other.tabIndex = other === row ? 0 : -1;
      align(row, "auto");
    }
    light();
  });
  listen(root, "focusout", (event: FocusEvent) => {
    if (!rowOf({ target: event.relatedTarget } as Event)) {
      focused = null;
      light();
    }
  });

  return {
    pin(group) {
      pinned = group;
      light();
    },
    reveal(rows, focus) {
      const first = rows.find((row) => !row.hidden);
      if (!first) return;
      const column = first.closest<HTMLElement>("[data-column]");
      if (column && !isRendered(first)) keepCurrentColumn(root, column.dataset.column);
      const list = first.closest<HTMLElement>("[data-column-list]");
      if (track && list && list.scrollHeight > list.clientHeight) {
        // Columns that scroll on their own: line the fact up inside them, then bring the whole
        // block of columns just under the sticky toolbar.
        centerInList(first);
        align(first, "auto");
        const toolbar = root.querySelector("#view-controls")?.getBoundingClientRect().height ?? 0;
        window.scrollBy({ top: track.getBoundingClientRect().top - toolbar - 12, behavior: scrollBehavior() });
      } else {
        first.scrollIntoView({ block: "center", behavior: scrollBehavior() });
      }
      if (focus) first.focus({ preventScroll: true });
      light();
    },
    redraw,
  };
}

/** Centre a row in its own column's scroll box at once, so the other columns can line up with it. */
function centerInList(row: HTMLElement): void {
  const list = row.closest<HTMLElement>("[data-column-list]");
  if (!list || list.scrollHeight <= list.clientHeight) return;
  const rowRect = row.getBoundingClientRect();
  const listRect = list.getBoundingClientRect();
  list.scrollTop += rowRect.top - listRect.top - (listRect.height - rowRect.height) / 2;
}
