import { describe, expect, it } from "vitest";
import { estimateHits, msUntilRoom, windowMsOf } from "./rate-store";

// The SQL runs against real databases in app/_lib/rate-store.test.ts; these are the pure parts.

describe("the sliding window", () => {
  it("lasts as long as an empty bucket takes to refill", () => {
    expect(windowMsOf({ burst: 10, perMinute: 20 })).toBe(30_000);
    expect(windowMsOf({ burst: 2, perMinute: 5 })).toBe(24_000);
    expect(windowMsOf({ burst: 1, perMinute: 6000 })).toBe(1000); // never under a second
  });

  it("counts the part of the previous window still inside the last window length", () => {
    expect(estimateHits(10, 0, 0, 30_000)).toBe(10);
    expect(estimateHits(10, 2, 15_000, 30_000)).toBe(7);
    expect(estimateHits(10, 2, 30_000, 30_000)).toBe(2);
  });

  it("says when the next hit fits: while the old hits fade, or in the next window", () => {
    // 10 old hits, none now, burst 10: one more fits once a tenth of the old window has passed.
    expect(msUntilRoom({ previous: 10, current: 0, price: 1, burst: 10, elapsedMs: 0, windowMs: 30_000 })).toBeCloseTo(3000);
    // The window is full on its own: wait for its end, then for a tenth of the next.
    expect(msUntilRoom({ previous: 0, current: 10, price: 1, burst: 10, elapsedMs: 10_000, windowMs: 30_000 })).toBeCloseTo(23_000);
    // A waiting time is never negative.
    expect(msUntilRoom({ previous: 4, current: 0, price: 1, burst: 2, elapsedMs: 29_000, windowMs: 30_000 })).toBeGreaterThanOrEqual(0);
  });
});
