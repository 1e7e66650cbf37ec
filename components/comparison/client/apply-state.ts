// Makes the server-rendered page show a view state: which panel, which facts, which sources,
// and what every control links to. The server renders the same from the URL; this repeats it
// in the browser after each change, from the same rules (../view-state.ts).
import type { Kind } from "@/lib/types";
import { DATA, has, readData } from "../dom";
import { readRowFacts } from "./fact-rows";
import { formatViewQuery, isItemShown, toggleHidden, type Filter, type View, type ViewState } from "../view-state";

export function listSourceIds(root: HTMLElement): string[] {
  return (readData(root, "sourceIds") ?? "").split(" ").filter(Boolean);
}

export function queryAll<T extends Element = HTMLElement>(scope: ParentNode, selector: string): T[] {
  return [...scope.querySelectorAll<T & Element>(selector)] as T[];
}

/** Shown facts, panels and sources; `matching` narrows to the groups a search found (null: no search). */
export function applyVisibility(root: HTMLElement, state: ViewState, matching: ReadonlySet<string> | null): void {
  for (const panel of queryAll(root, has("panel"))) panel.hidden = readData(panel, "panel") !== state.view;
  for (const part of queryAll(root, has("sourcePart"))) part.hidden = state.hide.includes(readData(part, "sourcePart") ?? "");
  for (const item of queryAll(root, has("item"))) {
    const sources = (readData(item, "sources") ?? "").split(" ");
    // A sentence in several facts shows while any of them passes the filter and the search.
    const facts = readRowFacts(item);
    item.hidden = !(facts.length > 0 ? facts : [{ group: "", kind: (readData(item, "kind") ?? "unique") as Kind }]).some(
      ({ group, kind }) => isItemShown(state, kind, sources) && (matching === null || matching.has(group)),
    );
  }
  for (const empty of queryAll(root, has("empty"))) {
    empty.hidden = queryAll(empty.parentElement ?? root, has("item")).some((item) => !item.hidden);
  }
  for (const list of queryAll(root, has("hideWhenEmpty"))) {
    list.hidden = !queryAll(list, has("item")).some((item) => !item.hidden);
  }
  const track = root.querySelector<HTMLElement>(has("columns"));
  if (track) track.toggleAttribute(DATA.many, listSourceIds(root).length - state.hide.length > 3);
  placeNotes(root, state);
}

/** A linked set of rows names its counterparts once, visibly in its first shown source's row. */
function placeNotes(root: HTMLElement, state: ViewState): void {
  for (const note of queryAll(root, has("noteOf"))) {
    const order = (readData(note, "noteOf") ?? "").split(" ");
    const owner = order.find((id) => !state.hide.includes(id)) ?? order[0];
    note.classList.toggle("md:sr-only", owner !== readData(note, "noteSource"));
  }
}

/** Every control's link and pressed/current state, for the state it would set from here. */
export function refreshControls(root: HTMLElement, state: ViewState): void {
  const sourceIds = listSourceIds(root);
  const hrefFor = (next: ViewState, hash?: string) => `${location.pathname}${formatViewQuery(next)}${hash ? `#${hash}` : ""}`;
  for (const link of queryAll<HTMLAnchorElement>(root, `a${has("setView")}`)) {
    const view = readData(link, "setView") as View;
    link.href = hrefFor({ ...state, view }, readData(link, "hash"));
    if (link.closest("nav")) setCurrent(link, state.view === view, "page");
  }
  for (const link of queryAll<HTMLAnchorElement>(root, `a${has("setFilter")}`)) {
    const filter = readData(link, "setFilter") as Filter;
    link.href = hrefFor({ ...state, filter });
    setCurrent(link, state.filter === filter, "true");
  }
  for (const link of queryAll<HTMLAnchorElement>(root, `a${has("toggleSource")}`)) {
    const sourceId = readData(link, "toggleSource") ?? "";
    const next = toggleHidden(state, sourceId, sourceIds);
    link.href = hrefFor(next);
    if (link.getAttribute("role") === "button") {
      link.setAttribute("aria-pressed", String(!state.hide.includes(sourceId)));
      if (next === state) link.setAttribute("aria-disabled", "true");
      else link.removeAttribute("aria-disabled");
    } else {
      link.hidden = next === state;
    }
  }
}

function setCurrent(element: Element, on: boolean, token: string): void {
  if (on) element.setAttribute("aria-current", token);
  else element.removeAttribute("aria-current");
}

/** Whether an element takes up room on the page (not hidden, not in a hidden panel or column). */
export function isRendered(element: Element): boolean {
  return element.getClientRects().length > 0;
}
