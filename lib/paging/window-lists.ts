// One part of a long page: windows over one or more lists (a view's rows, or each column's
// sentences) that start at the same index. Each list takes items from the start until the
// part's item cap or its share of the weight budget is reached, so a part's cost is bounded
// however long the lists or their items are. The next part starts at the smallest end, so no
// item is ever skipped (a list that went further shows a few items again). Nothing here knows
// what an item is or how it is drawn: the caller weighs items.

export interface PartRules {
  /** Items one list may show in one part. */
  maxItems: number;
  /** Total weight (about the bytes an item costs) of one part, shared evenly by its lists. */
  maxWeight: number;
}

export interface ListWindow {
  /** First index shown. */
  start: number;
  /** One past the last index shown. */
  end: number;
  total: number;
}

export interface PartWindows {
  from: number;
  windows: ListWindow[];
  /** Where the next part starts, or null when every list is shown to its end. */
  next: number | null;
  /** Where the part before starts, or null when this part starts at 0. */
  previous: number | null;
}

export type Weigh<T> = (item: T) => number;

/** Windows of every list from `from` (clamped to the lists), each within its share of the budget. */
export function windowLists<T>(lists: readonly (readonly T[])[], from: number, weigh: Weigh<T>, rules: PartRules): PartWindows {
  const longest = Math.max(0, ...lists.map((list) => list.length));
  const start = Math.max(0, Math.min(Math.floor(from) || 0, Math.max(0, longest - 1)));
  const share = rules.maxWeight / Math.max(1, lists.length);
  const windows = lists.map((list) => {
    const first = Math.min(start, list.length);
    return { start: first, end: walk(list, first, 1, share, rules.maxItems, weigh), total: list.length };
  });
  const open = windows.filter((window) => window.end < window.total);
  const next = open.length > 0 ? Math.min(...open.map((window) => window.end)) : null;
  return { from: start, windows, next, previous: start > 0 ? findPreviousStart(lists, start, weigh, rules) : null };
}

/** The latest start whose part reaches `from` in every list, walking back with the same budget. */
function findPreviousStart<T>(lists: readonly (readonly T[])[], from: number, weigh: Weigh<T>, rules: PartRules): number {
  const share = rules.maxWeight / Math.max(1, lists.length);
  const starts = lists.filter((list) => list.length > 0).map((list) => walk(list, Math.min(from, list.length) - 1, -1, share, rules.maxItems, weigh) + 1);
  return Math.min(from - 1, Math.max(0, ...starts));
}

/**
 * From `at`, stepping by `step`, takes items while the count and the weight allow; always at
 * least one, so a single item heavier than the share still shows and paging moves on. Answers
 * one past the last taken (going forward) or the last taken minus one (going back).
 */
function walk<T>(list: readonly T[], at: number, step: 1 | -1, share: number, maxItems: number, weigh: Weigh<T>): number {
  let i = at;
  let weight = 0;
  let taken = 0;
  while (i >= 0 && i < list.length && taken < maxItems) {
    const cost = weigh(list[i]!);
    if (taken > 0 && weight + cost > share) break;
    weight += cost;
    taken += 1;
    i += step;
  }
  return i;
}
