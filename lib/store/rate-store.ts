// The rate limit with its counts in the database, for several instances behind one balancer:
// a client who spreads requests over three servers spends from one allowance. The rule reads as
// a token bucket (`burst` at once, `perMinute` over time); here it is a sliding window of
// burst / perMinute minutes holding at most `burst` hits, which lets through the same bursts and
// the same long-run rate. Each hit is one atomic upsert, so two instances counting at once
// never lose a count; a hit over the limit is taken back, so a refused request spends nothing.
import type { BucketRule, TakeResult } from "../rate-limit";
import type { SqlDriver } from "./store-types";

export interface StoreRateLimiterOptions<K extends string> {
  rules: Readonly<Record<K, BucketRule>>;
  /** Milliseconds since the epoch: every instance must read the same clock (wall time). */
  now: () => number;
}

export interface StoreRateLimiter<K extends string> {
  take(client: string, kind: K, cost?: number): Promise<TakeResult>;
}

const ADD_HITS = `
INSERT INTO rate_windows (bucket, window_start, hits) VALUES (?, ?, ?)
ON CONFLICT (bucket, window_start) DO UPDATE SET hits = rate_windows.hits + excluded.hits
RETURNING hits`;

/** Window length in ms: the time the bucket takes to refill from empty. */
export function windowMsOf(rule: BucketRule): number {
  return Math.max(1000, Math.round((rule.burst / rule.perMinute) * 60_000));
}

/**
 * The sliding estimate: all of this window's hits plus the share of the previous window's hits
 * that still falls inside the last `windowMs`.
 */
export function estimateHits(previous: number, current: number, elapsedMs: number, windowMs: number): number {
  const overlap = Math.max(0, 1 - elapsedMs / windowMs);
  return previous * overlap + current;
}

interface RoomQuestion { previous: number; current: number; price: number; burst: number; elapsedMs: number; windowMs: number }

/** How long until `price` more hits fit: the previous window's share decays, then this one's. */
export function msUntilRoom({ previous, current, price, burst, elapsedMs, windowMs }: RoomQuestion): number {
  const room = burst - price;
  if (previous > 0 && current <= room) {
    const at = windowMs * (1 - (room - current) / previous);
    if (at <= windowMs) return Math.max(0, at - elapsedMs);
  }
  const later = current > 0 ? windowMs * Math.max(0, 1 - room / current) : 0;
  return windowMs - elapsedMs + later;
}

export function createStoreRateLimiter<K extends string>(driver: SqlDriver, options: StoreRateLimiterOptions<K>): StoreRateLimiter<K> {
  let purgedBefore = 0;

  // Old windows are useless after one more window has passed; one instance deleting them at
  // each new window start keeps the table to about two rows per active client and kind.
  async function purge(now: number): Promise<void> {
    const horizon = now - 2 * 60_000 - Math.max(...Object.values<BucketRule>(options.rules).map(windowMsOf));
    if (horizon - purgedBefore < 60_000) return;
    purgedBefore = horizon;
    await driver.query("DELETE FROM rate_windows WHERE window_start < ?", [horizon]);
  }

  return {
    async take(client, kind, cost = 1) {
      const rule = options.rules[kind];
      const now = options.now();
      const windowMs = windowMsOf(rule);
      const start = Math.floor(now / windowMs) * windowMs;
      const bucket = `${kind} ${client}`;
      // A request costing more than the burst could never pass; let it spend the whole window.
      const price = Math.min(cost, rule.burst);
      const [row] = await driver.query<{ hits: number | string }>(ADD_HITS, [bucket, start, price]);
      const current = Number(row?.hits ?? price);
      const [before] = await driver.query<{ hits: number | string }>("SELECT hits FROM rate_windows WHERE bucket = ? AND window_start = ?", [bucket, start - windowMs]);
      const previous = Number(before?.hits ?? 0);
      await purge(now);
      if (estimateHits(previous, current, now - start, windowMs) <= rule.burst) return { allowed: true };
      await driver.query("UPDATE rate_windows SET hits = hits - ? WHERE bucket = ? AND window_start = ?", [price, bucket, start]);
      const wait = msUntilRoom({ previous, current: current - price, price, burst: rule.burst, elapsedMs: now - start, windowMs });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait / 1000)) };
    },
  };
}
