// Sorts the coverage matrix by a column header: reading order, kind, a source (facts it
// reports first), or how many sources report a fact. aria-sort says which, for every reader.
import { has, readData } from "../dom";
import { queryAll } from "./apply-state";

export function sortCoverage(button: HTMLElement): string {
  const header = button.closest("th");
  const table = button.closest("table");
  const body = table?.querySelector<HTMLTableSectionElement>(`tbody${has("sortable")}`);
  if (!header || !table || !body) return "";
  const key = readData(button, "sort") ?? "order";
  // Counts read best largest first; everything else starts ascending. A second click reverses.
  const first = key === "count" ? "descending" : "ascending";
  const direction = header.getAttribute("aria-sort") === first ? (first === "ascending" ? "descending" : "ascending") : first;
  for (const other of queryAll(table, "th[aria-sort]")) other.removeAttribute("aria-sort");
  header.setAttribute("aria-sort", direction);

  const sign = direction === "ascending" ? 1 : -1;
  const order = (row: HTMLElement) => Number(readData(row, "order"));
  const rows = [...body.rows];
  rows.sort((a, b) => sign * (sortValue(a, key) - sortValue(b, key)) || order(a) - order(b));
  body.append(...rows);
  return `Sorted by ${button.textContent?.trim() ?? key}, ${direction}`;
}

function sortValue(row: HTMLElement, key: string): number {
  if (key === "kind") return Number(readData(row, "rank"));
  if (key === "count") return Number(readData(row, "count"));
  if (key.startsWith("source:")) return (readData(row, "sources") ?? "").split(" ").includes(key.slice(7)) ? 0 : 1;
  return Number(readData(row, "order"));
}
