import { describe, expect, it } from "vitest";
import { windowLists, type PartWindows } from "./window-lists";

const ones = (n: number) => Array.from({ length: n }, () => 1);
const byValue = (item: number) => item;

describe("windowLists", () => {
  it("shows short lists whole, with no next or previous part", () => {
    const part = windowLists([ones(5), ones(3)], 0, byValue, { maxItems: 10, maxWeight: 100 });
    expect(part.windows).toEqual([{ start: 0, end: 5, total: 5 }, { start: 0, end: 3, total: 3 }]);
    expect(part.next).toBeNull();
    expect(part.previous).toBeNull();
  });

  it("stops each list at the item cap and starts the next part where the shortest window ended", () => {
    const part = windowLists([ones(25), ones(8)], 0, byValue, { maxItems: 10, maxWeight: 1_000 });
    expect(part.windows.map((w) => w.end)).toEqual([10, 8]);
    expect(part.next).toBe(10);
    const second = windowLists([ones(25), ones(8)], part.next!, byValue, { maxItems: 10, maxWeight: 1_000 });
    expect(second.windows[0]).toEqual({ start: 10, end: 20, total: 25 });
    expect(second.windows[1]).toEqual({ start: 8, end: 8, total: 8 });
    expect(second.previous).toBe(0);
  });

  it("shares the weight budget between the lists, so heavy items shorten the part", () => {
    const heavy = Array.from({ length: 20 }, () => 30);
    const part = windowLists([heavy, ones(20)], 0, byValue, { maxItems: 100, maxWeight: 200 });
    // Each list may spend 100: three items of 30 in the first, and twenty of 1 in the second.
    expect(part.windows.map((w) => w.end)).toEqual([3, 20]);
    expect(part.next).toBe(3);
  });

  it("always shows one item, however heavy, so paging moves on", () => {
    const part = windowLists([[5_000, 5_000]], 0, byValue, { maxItems: 10, maxWeight: 100 });
    expect(part.windows[0]!.end).toBe(1);
    expect(windowLists([[5_000, 5_000]], 1, byValue, { maxItems: 10, maxWeight: 100 }).next).toBeNull();
  });

  it("never skips an item: the parts, walked by next, cover every list", () => {
    const lists = [Array.from({ length: 97 }, (_, i) => 1 + (i % 7) * 9), ones(40), Array.from({ length: 130 }, (_, i) => 1 + (i % 3) * 20)];
    const seen = lists.map(() => new Set<number>());
    let from: number | null = 0;
    for (let parts = 0; from !== null; parts++) {
      expect(parts).toBeLessThan(200);
      const part: PartWindows = windowLists(lists, from, byValue, { maxItems: 12, maxWeight: 300 });
      part.windows.forEach((w, k) => {
        for (let i = w.start; i < w.end; i++) seen[k]!.add(i);
      });
      from = part.next;
    }
    expect(seen.map((set) => set.size)).toEqual([97, 40, 130]);
  });

  it("finds a previous start whose part reaches back to this one", () => {
    const lists = [ones(100)];
    const part = windowLists(lists, 50, byValue, { maxItems: 20, maxWeight: 1_000 });
    expect(part.previous).toBe(30);
    expect(windowLists(lists, part.previous!, byValue, { maxItems: 20, maxWeight: 1_000 }).next).toBe(50);
  });

  it("clamps a start past the end, or not a number, into the lists", () => {
    expect(windowLists([ones(10)], 99, byValue, { maxItems: 4, maxWeight: 100 }).from).toBe(9);
    expect(windowLists([ones(10)], Number.NaN, byValue, { maxItems: 4, maxWeight: 100 }).from).toBe(0);
    expect(windowLists([], 3, byValue, { maxItems: 4, maxWeight: 100 }).next).toBeNull();
  });
});
