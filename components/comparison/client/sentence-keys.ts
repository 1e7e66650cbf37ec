// Arrow keys inside the columns: up and down walk a column, left and right cross to the same
// fact (or the sentence level with this one) in the neighbouring column.
import { isRendered, queryAll } from "./apply-state";
import { has, readData } from "../dom";

const shownRows = (scope: ParentNode) => queryAll(scope, has("sentence")).filter((row) => !row.hidden);

export function findNextSentence(root: HTMLElement, row: HTMLElement, key: string): HTMLElement | null {
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
  const same = readData(row, "kind") !== "unique" ? rows.find((other) => readData(other, "group") === readData(row, "group")) : undefined;
  if (same) return same;
  const top = row.getBoundingClientRect().top;
  let nearest: HTMLElement | null = null;
  for (const other of rows) {
    if (!nearest || Math.abs(other.getBoundingClientRect().top - top) < Math.abs(nearest.getBoundingClientRect().top - top)) nearest = other;
  }
  return nearest;
}
