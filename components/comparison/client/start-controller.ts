// Wires the comparison page: clicks on state links, the fragment, search, sorting and
// printing. The view state in the address (url-state.ts), the linked rows (linking.ts) and
// the keyboard (keys.ts) are modules of their own; this joins them. Returns a function that undoes it all.
import { DATA, has, readData, type DataName } from "../dom";
import { parseGroupHash, parseViewState } from "../view-state";
import { applyVisibility, listSourceIds, queryAll, refreshControls } from "./apply-state";
import { sortCoverage } from "./coverage-sort";
import { readRowFacts, selectFactRows } from "./fact-rows";
import { listenForKeys } from "./keys";
import { createLinker, scrollBehavior, type Listen } from "./linking";
import { createPartLoader, formatAtHref } from "./load-more";
import { announceView } from "./page-view";
import { findMatchingGroups, paintMatches } from "./search";
import { createUrlState } from "./url-state";

export function startController(root: HTMLElement): () => void {
  const abort = new AbortController();
  const listen: Listen = (target, type, handler, options) =>
    target.addEventListener(type, handler as EventListener, { ...options, signal: abort.signal });
  const sourceIds = listSourceIds(root);
  const search = root.querySelector<HTMLInputElement>(has("search"));
  const status = root.querySelector<HTMLElement>(has("status"));
  const help = root.querySelector<HTMLDetailsElement>(has("keyboardHelp"));
  const linker = createLinker(root, listen);
  // A page in parts holds only some rows of one view: its controls are links the server answers.
  const paged = root.hasAttribute(DATA.paged);
  const url = createUrlState(sourceIds);
  let query = "";

  function render(): void {
    const matching = findMatchingGroups(root, query);
    applyVisibility(root, url.current, matching);
    if (!paged) refreshControls(root, url.current);
    paintMatches(root, query);
    linker.redraw();
    announceView(root, { state: url.current, query });
    if (paged) {
      const loaded = queryAll(root, `${has("panel", url.current.view)} ${has("partList")} > ${has("item")}`);
      const shown = loaded.filter((row) => !row.hidden).length;
      say(matching ? `${shown} of the ${loaded.length} rows loaded match; search covers the loaded rows only` : "");
      return;
    }
    const total = queryAll(root, `${has("panel", "facts")} ${has("item")}`);
    const shown = total.filter((row) => !row.hidden).length;
    say(shown === total.length ? "" : `Showing ${shown} of ${total.length} facts`);
  }

  function say(message: string): void {
    if (status) status.textContent = message;
  }

  function focusGroup(group: string | null, focus: boolean): void {
    linker.pin(group);
    if (!group) return;
    const panel = root.querySelector(has("panel", url.current.view));
    const rows = panel ? queryAll(panel, selectFactRows(group)) : [];
    if (paged && rows.length === 0 && new URLSearchParams(location.search).get("at") !== group) {
      // Not in the part loaded: ask the server for the part that holds it.
      location.replace(formatAtHref(group, group));
      return;
    }
    if (rows.some((row) => !row.hidden)) linker.reveal(rows, focus);
    else if (paged) say(`Fact ${group.slice(1)} is not shown with the current filters`);
    else if (rows.length > 0) say(`Fact ${group.slice(1)} is hidden by the current filters`);
  }

  const showMore = createPartLoader(root, render, say);

  function stepConflict(step: number): void {
    const panel = root.querySelector(has("panel", url.current.view));
    const rows = panel ? queryAll(panel, `${has("item")}${has("kind", "conflict")}`).filter((row) => !row.hidden) : [];
    const conflicts = rows.flatMap((row) => readRowFacts(row).filter((fact) => fact.kind === "conflict").map((fact) => fact.group));
    const groups = [...new Set(conflicts)].sort((a, b) => Number(a.slice(1)) - Number(b.slice(1)));
    if (groups.length === 0) {
      say("No conflict is shown: change the filters or the search to see conflicts");
      return;
    }
    const at = groups.indexOf(parseGroupHash(location.hash) ?? "");
    const index = at === -1 ? (step > 0 ? 0 : groups.length - 1) : (at + step + groups.length) % groups.length;
    const group = groups[index]!;
    url.setHash(group);
    focusGroup(group, true);
    say(`Conflict ${index + 1} of ${groups.length}`);
  }

  listen(root, "click", (event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const control = (event.target as Element).closest<HTMLElement>("a, button");
    if (!control || !root.contains(control)) return;
    const data = (name: DataName) => readData(control, name);
    const goto = data("goto");
    if (goto) {
      event.preventDefault();
      const row = root.querySelector<HTMLElement>(has("sentence", goto));
      // The link names the fact: a sentence in several facts is reached from each of them.
      const group = parseGroupHash(control.getAttribute("href") ?? "") ?? (row && readData(row, "group"));
      if (!row && paged) {
        location.assign(formatAtHref(goto, parseGroupHash(control.getAttribute("href") ?? "") ?? ""));
      } else if (row && group) {
        url.setHash(group);
        linker.pin(group);
        linker.reveal([row], true);
      }
    } else if (data("showMore") !== undefined) {
      event.preventDefault();
      showMore(control as HTMLAnchorElement);
    } else if (paged && (data("setView") || data("setFilter") || data("toggleSource"))) {
      // The browser follows the link: the server renders the first part of the new state.
    } else if (data("setView") || data("setFilter") || data("toggleSource")) {
      event.preventDefault();
      if (control.getAttribute("aria-disabled") === "true") return;
      const group = data("hash") ?? parseGroupHash(location.hash);
      url.commit(parseViewState(new URL((control as HTMLAnchorElement).href).searchParams, sourceIds), group);
      render();
      if (control.hasAttribute(DATA.revealView)) root.querySelector("#view-controls")?.scrollIntoView({ behavior: scrollBehavior() });
      else if (data("setView")) focusGroup(group, Boolean(data("hash")));
    } else if (control.matches('a[href^="#g"]')) {
      event.preventDefault();
      const group = parseGroupHash(control.getAttribute("href") ?? "");
      if (group) url.setHash(group);
      focusGroup(group, true);
    } else if (data("stepConflict")) {
      stepConflict(Number(data("stepConflict")));
    } else if (data("sort")) {
      say(sortCoverage(control));
    }
  });

  listenForKeys(root, listen, {
    search,
    help,
    stepConflict,
    clearSearch: () => {
      query = "";
      render();
    },
  });

  let typing = 0;
  if (search) {
    listen(search, "input", () => {
      clearTimeout(typing);
      typing = window.setTimeout(() => {
        query = search.value;
        render();
      }, 120);
    });
  }

  listen(window, "popstate", () => {
    url.reload();
    render();
    focusGroup(parseGroupHash(location.hash), false);
  });
  listen(window, "hashchange", () => focusGroup(parseGroupHash(location.hash), true));

  // Print every removed-text disclosure open, then put them back as they were.
  let closed: HTMLDetailsElement[] = [];
  listen(window, "beforeprint", () => {
    closed = queryAll<HTMLDetailsElement>(root, "details:not([open])").filter((details) => !details.hasAttribute(DATA.keyboardHelp));
    for (const details of closed) details.open = true;
  });
  listen(window, "afterprint", () => {
    for (const details of closed) details.open = false;
  });

  render();
  focusGroup(parseGroupHash(location.hash), true);
  root.setAttribute(DATA.ready, "");
  return () => {
    abort.abort();
    root.removeAttribute(DATA.ready);
  };
}
