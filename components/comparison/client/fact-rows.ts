// Rows and the facts they stand for. A row names its first fact in data-group; a sentence that
// states several facts (contract version 2) lists them all in data-groups, their kinds in
// data-kinds, and its marked parts name theirs in data-part-of. Every client module that asks
// "which rows show fact g4" or "which facts does this row show" asks here.
import { DATA, has, readData } from "../dom";
import type { Kind } from "@/lib/types";

export interface RowFact {
  group: string;
  kind: Kind;
}

/** Rows of a fact, whether it is their first fact or another one they state. */
export function selectFactRows(group: string): string {
  return `${has("item")}${has("group", group)}, ${has("item")}[${DATA.groups}~="${group}"]`;
}

/** Rows of a fact and the sentence parts that state it: what lights up with it. */
export function selectFactMarks(group: string): string {
  return `${selectFactRows(group)}, [${DATA.partOf}~="${group}"]`;
}

/** The facts a row shows, with their kinds; a row without a fact counts as unique. */
export function readRowFacts(row: HTMLElement): RowFact[] {
  const groups = (readData(row, "groups") ?? readData(row, "group") ?? "").split(" ").filter(Boolean);
  const kinds = (readData(row, "kinds") ?? readData(row, "kind") ?? "unique").split(" ");
  return groups.map((group, i) => ({ group, kind: (kinds[i] ?? kinds[0] ?? "unique") as Kind }));
}

/** The fact a marked sentence part links to (its href), else none. */
export function readPartTarget(element: Element | null): string | null {
  const part = element?.closest<HTMLElement>(`[${DATA.partOf}]`);
  const match = /#(g\d+)$/.exec(part?.getAttribute("href") ?? "");
  return match?.[1] ?? null;
}
