// Lights up a fact wherever it appears: the group under the pointer, else the focused one, else
// the one named in the URL fragment. In the columns view it keeps the connector ribbons drawn;
// the columns share the page's one scroll (docs/decisions/0100), so nothing scrolls on hover.
import { DATA, has, readData } from "../dom";
import { isRendered, queryAll } from "./apply-state";
import { drawConnectors } from "./connectors";
import { readPartTarget, readRowFacts, selectFactMarks } from "./fact-rows";

export type Listen = (target: EventTarget, type: string, handler: (event: never) => void, options?: AddEventListenerOptions) => void;

export interface Linker {
  /** The fact named in the fragment, or none. */
  pin(group: string | null): void;
  /** Bring a fact's rows into view in the active panel; focus the first when asked. */
  reveal(rows: HTMLElement[], focus: boolean): void;
  redraw(): void;
}

export function scrollBehavior(): ScrollBehavior {
  return matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth";
}

export function createLinker(root: HTMLElement, listen: Listen): Linker {
  const track = root.querySelector<HTMLElement>(has("columns"));
  const svg = root.querySelector<SVGSVGElement>(has("connectors"));
  let pinned: string | null = null;
  let hovered: string | null = null;
  let focused: string | null = null;
  let shown: string | null = null;
  let frame = 0;

  const active = () => hovered ?? focused ?? pinned;

  function light(): void {
    const group = active();
    if (group !== shown) {
      for (const row of queryAll(root, has("active"))) row.removeAttribute(DATA.active);
      if (group) for (const row of queryAll(root, selectFactMarks(group))) row.setAttribute(DATA.active, "");
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

  function rowOf(event: Event): HTMLElement | null {
    const row = (event.target as Element | null)?.closest<HTMLElement>(has("item"));
    return row && root.contains(row) ? row : null;
  }

  /**
   * The fact an event points at: a marked part's own fact; else the row's, and of a row that
   * states several facts the pinned one when it is among them (a part's link moved focus there).
   */
  function factOf(event: Event, row: HTMLElement): string | null {
    const part = readPartTarget(event.target as Element | null);
    if (part) return part;
    const facts = readRowFacts(row).map((fact) => fact.group);
    return pinned && facts.includes(pinned) ? pinned : (facts[0] ?? null);
  }

  if (track) {
    listen(track, "mouseover", (event: MouseEvent) => {
      const row = rowOf(event);
      const group = row && readData(row, "sentence") ? factOf(event, row) : null;
      if (group === hovered) return;
      hovered = group;
      light();
    });
    listen(track, "mouseleave", () => {
      hovered = null;
      light();
    });
    listen(track, "scroll", redraw, { capture: true, passive: true });
    // Sticky column names sit just under the sticky toolbar, whose height changes as it wraps.
    const toolbar = root.querySelector<HTMLElement>("#view-controls");
    const observer = new ResizeObserver(() => {
      if (toolbar) root.style.setProperty("--toolbar-height", `${toolbar.getBoundingClientRect().height}px`);
      redraw();
    });
    observer.observe(track);
    if (toolbar) observer.observe(toolbar);
    listen(window, "pagehide", () => observer.disconnect());
  }

  listen(root, "focusin", (event: FocusEvent) => {
    const row = rowOf(event);
    focused = row ? factOf(event, row) : null;
    if (row && readData(row, "sentence")) {
      for (const other of queryAll(row.parentElement ?? root, has("sentence"))) other.tabIndex = other === row ? 0 : -1;
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
      // A panel draws some rows for one screen width only (the columns or the phone's fact cards).
      const shown = rows.filter((row) => !row.hidden);
      const first = shown.find(isRendered) ?? shown[0];
      if (!first) return;
      first.scrollIntoView({ block: "center", behavior: scrollBehavior() });
      if (focus) first.focus({ preventScroll: true });
      light();
    },
    redraw,
  };
}
