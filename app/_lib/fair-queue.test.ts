import { describe, expect, it } from "vitest";
import { createFairQueue } from "./fair-queue";

describe("createFairQueue", () => {
  it("serves clients in turn, each client's items in order", () => {
    const queue = createFairQueue<string>();
    for (const item of ["a1", "a2", "a3", "b1", "c1", "b2"]) queue.put(item[0]!, item);
    expect(queue.size()).toBe(6);
    expect(queue.sizeOf("a")).toBe(3);
    const order = Array.from({ length: 6 }, () => queue.take());
    expect(order).toEqual(["a1", "b1", "c1", "a2", "b2", "a3"]);
    expect(queue.take()).toBeUndefined();
    expect(queue.size()).toBe(0);
  });

  it("puts a client that comes back after its turn at the back", () => {
    const queue = createFairQueue<string>();
    queue.put("a", "a1");
    queue.put("b", "b1");
    expect(queue.take()).toBe("a1");
    queue.put("a", "a2");
    expect([queue.take(), queue.take()]).toEqual(["b1", "a2"]);
  });
});
