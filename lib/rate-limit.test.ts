import { describe, expect, it } from "vitest";
import { createRateLimiter } from "./rate-limit";

function limiterAt(maxClients = 100) {
  let now = 1_000_000;
  const limiter = createRateLimiter({
    rules: { creates: { burst: 3, perMinute: 6 }, fetches: { burst: 5, perMinute: 60 } },
    maxClients,
    now: () => now,
  });
  return { limiter, advance: (ms: number) => void (now += ms) };
}

describe("createRateLimiter", () => {
  it("lets a burst through, then refuses with the wait until the next token", () => {
    const { limiter } = limiterAt();
    expect([1, 2, 3].map(() => limiter.take("a", "creates").allowed)).toEqual([true, true, true]);
    expect(limiter.take("a", "creates")).toEqual({ allowed: false, retryAfterSeconds: 10 });
  });

  it("refills at the given rate, never past the burst", () => {
    const { limiter, advance } = limiterAt();
    for (let i = 0; i < 3; i++) limiter.take("a", "creates");
    advance(10_000);
    expect(limiter.take("a", "creates").allowed).toBe(true);
    expect(limiter.take("a", "creates").allowed).toBe(false);
    advance(3_600_000);
    expect([1, 2, 3, 4].map(() => limiter.take("a", "creates").allowed)).toEqual([true, true, true, false]);
  });

  it("keeps clients and kinds apart", () => {
    const { limiter } = limiterAt();
    for (let i = 0; i < 3; i++) limiter.take("a", "creates");
    expect(limiter.take("a", "creates").allowed).toBe(false);
    expect(limiter.take("b", "creates").allowed).toBe(true);
    expect(limiter.take("a", "fetches", 5).allowed).toBe(true);
    expect(limiter.take("a", "fetches", 1)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it("charges a request by its cost, capped at the burst so a large one can still pass alone", () => {
    const { limiter } = limiterAt();
    expect(limiter.take("a", "fetches", 12).allowed).toBe(true);
    expect(limiter.take("a", "fetches", 1).allowed).toBe(false);
  });

  it("remembers a bounded number of clients, forgetting idle ones before busy ones", () => {
    const { limiter, advance } = limiterAt(3);
    for (let i = 0; i < 3; i++) limiter.take("busy", "creates");
    limiter.take("idle-1", "creates");
    limiter.take("idle-2", "creates");
    advance(10_000); // the idle clients' buckets are full again; the busy one has 1 token of 3
    for (let i = 0; i < 20; i++) limiter.take(`visitor-${i}`, "creates");
    expect(limiter.clients()).toBeLessThanOrEqual(3);
    expect(limiterAt().limiter.clients()).toBe(0);
  });

  it("does not let a flood of new clients reset a busy client's bucket while there is room", () => {
    const { limiter, advance } = limiterAt(4);
    for (let i = 0; i < 3; i++) limiter.take("busy", "creates");
    limiter.take("idle-1", "creates");
    limiter.take("idle-2", "creates");
    advance(10_000);
    limiter.take("newcomer", "creates"); // fills the map: the idle ones are forgotten, not "busy"
    limiter.take("newcomer-2", "creates");
    expect(limiter.take("busy", "creates").allowed).toBe(true);
    expect(limiter.take("busy", "creates").allowed).toBe(false);
  });
});
