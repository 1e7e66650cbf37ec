// The page's keyboard: j/n and k/p step through the conflicts, / goes to the search, ? opens
// and closes the shortcut list, Space presses a link drawn as a button. Arrow keys inside the
// columns: up and down walk a column, left and right cross to the same fact (or the sentence
// level with this one) in the neighbouring column. Keys typed into a field are the field's,
// but for Esc in the search, which clears it.
import { has, readData } from "../dom";
import { isRendered, queryAll } from "./apply-state";
import { readPartTarget, readRowFacts } from "./fact-rows";
import type { Listen } from "./linking";

export interface KeyActions {
  search: HTMLInputElement | null;
  help: HTMLDetailsElement | null;
  stepConflict(step: number): void;
  /** After Esc emptied the search field. */
  clearSearch(): void;
}

export function listenForKeys(root: HTMLElement, listen: Listen, { search, help, stepConflict, clearSearch }: KeyActions): void {
  listen(document, "keydown", (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const target = event.target as HTMLElement;
    if (target.closest("input, textarea, select, [contenteditable]")) {
      if (event.key === "Escape" && search && target === search && search.value) {
        search.value = "";
        clearSearch();
      }
      return;
    }
    if (event.key === " " && target.matches('a[role="button"]')) {
      event.preventDefault();
      target.click();
      return;
    }
    const row = target.closest<HTMLElement>(has("sentence"));
    if (row && event.key.startsWith("Arrow")) {
      const next = findNextSentence(root, row, event.key, readPartTarget(target));
      if (next) {
        event.preventDefault();
        next.focus();
      }
      return;
    }
    const handled = (() => {
      switch (event.key) {
        case "j":
        case "n":
          stepConflict(1);
          return true;
        case "k":
        case "p":
          stepConflict(-1);
          return true;
        case "/":
          search?.focus();
          return true;
        case "?":
          if (help) help.open = !help.open;
          return true;
        case "Escape":
          if (help?.open) help.open = false;
          return false;
        default:
          return false;
      }
    })();
    if (handled) event.preventDefault();
  });
}

const shownRows = (scope: ParentNode) => queryAll(scope, has("sentence")).filter((row) => !row.hidden);

/** `fact`: the fact of the focused part of a sentence in several facts; left and right follow it. */
export function findNextSentence(root: HTMLElement, row: HTMLElement, key: string, fact: string | null = null): HTMLElement | null {
  const column = row.closest<HTMLElement>(has("column"));
  if (!column) return null;
  if (key === "ArrowDown" || key === "ArrowUp") {
    const rows = shownRows(column);
    return rows[rows.indexOf(row) + (key === "ArrowDown" ? 1 : -1)] ?? null;
  }
  if (key !== "ArrowLeft" && key !== "ArrowRight") return null;
  const columns = queryAll(root, has("column")).filter(isRendered);
  const neighbour = columns[columns.indexOf(column) + (key === "ArrowRight" ? 1 : -1)];
  if (!neighbour) return null;
  const rows = shownRows(neighbour);
  const group = fact ?? readData(row, "group");
  const same = readData(row, "kind") !== "unique" && group ? rows.find((other) => readRowFacts(other).some((f) => f.group === group)) : undefined;
  if (same) return same;
  const top = row.getBoundingClientRect().top;
  let nearest: HTMLElement | null = null;
  for (const other of rows) {
    if (!nearest || Math.abs(other.getBoundingClientRect().top - top) < Math.abs(nearest.getBoundingClientRect().top - top)) nearest = other;
  }
  return nearest;
}
