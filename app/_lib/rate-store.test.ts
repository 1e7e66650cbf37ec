// The shared rate limit on real databases: two connections stand for two server instances.
import { afterEach, describe, expect, it } from "vitest";
import { migrateStore } from "@/lib/store/migrate-store";
import { createStoreRateLimiter } from "@/lib/store/rate-store";
import type { SqlDriver } from "@/lib/store/store-types";
import { createTestDatabase, testDatabaseKinds, type TestDatabase } from "@/test-support/store-test-drivers";

const rules = { creates: { burst: 4, perMinute: 8 } } as const;

describe.each(testDatabaseKinds())("rate windows on %s", (kind) => {
  let database: TestDatabase | null = null;
  const open: SqlDriver[] = [];

  afterEach(async () => {
    for (const driver of open.splice(0)) await driver.close();
    await database?.destroy();
    database = null;
  });

  async function twoInstances(): Promise<[SqlDriver, SqlDriver]> {
    database = createTestDatabase(kind);
    const a = await database.open();
    open.push(a);
    await migrateStore(a, { now: () => new Date("2031-01-01T00:00:00Z") });
    const b = await database.open();
    open.push(b);
    return [a, b];
  }

  it("shares one allowance across instances and refuses the hit past it", async () => {
    const [a, b] = await twoInstances();
    let now = Date.UTC(2031, 0, 1, 12, 0, 0);
    const clock = () => now;
    const first = createStoreRateLimiter(a, { rules, now: clock });
    const second = createStoreRateLimiter(b, { rules, now: clock });
    const answers = [];
    for (let i = 0; i < 6; i++) answers.push((await (i % 2 ? second : first).take("203.0.113.9", "creates")).allowed);
    expect(answers).toEqual([true, true, true, true, false, false]);
    // Another client has its own allowance.
    expect((await second.take("198.51.100.7", "creates")).allowed).toBe(true);
    // A refused hit spent nothing: after the window has fully passed the client starts afresh.
    now += 2 * 30_000;
    expect((await first.take("203.0.113.9", "creates")).allowed).toBe(true);
  });

  it("loses no count when instances take at once", async () => {
    const [a, b] = await twoInstances();
    const clock = () => Date.UTC(2031, 0, 1, 12, 0, 0);
    const limiters = [createStoreRateLimiter(a, { rules, now: clock }), createStoreRateLimiter(b, { rules, now: clock })];
    const results = await Promise.all(Array.from({ length: 20 }, (_, i) => limiters[i % 2]!.take("203.0.113.9", "creates")));
    expect(results.filter((r) => r.allowed)).toHaveLength(4);
    const refused = results.find((r) => !r.allowed);
    expect(refused && !refused.allowed && refused.retryAfterSeconds).toBeGreaterThan(0);
  });
});
