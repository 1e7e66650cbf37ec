// A token bucket per client and per kind of work: a client may spend `burst` tokens at once,
// and gets `perMinute` back each minute. The clock is injected, so tests step time by hand and
// nothing here sleeps. Memory is bounded: past `maxClients`, full buckets (idle clients, who
// lose nothing by being forgotten) go first, then the oldest.

export interface BucketRule {
  burst: number;
  perMinute: number;
}

export interface RateLimiterOptions<K extends string> {
  rules: Readonly<Record<K, BucketRule>>;
  maxClients: number;
  /** Milliseconds, monotonic enough for refills (Date.now or performance.now). */
  now: () => number;
}

export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface RateLimiter<K extends string> {
  /** Spends `cost` tokens of `kind` for `client`, or says how long until it could. */
  take(client: string, kind: K, cost?: number): TakeResult;
  /** Buckets held (one per client and kind), for tests and monitoring. */
  clients(): number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function createRateLimiter<K extends string>(options: RateLimiterOptions<K>): RateLimiter<K> {
  const buckets = new Map<string, Bucket>();

  function refill(bucket: Bucket, rule: BucketRule, now: number): void {
    const gained = ((now - bucket.at) / 60_000) * rule.perMinute;
    bucket.tokens = Math.min(rule.burst, bucket.tokens + Math.max(0, gained));
    bucket.at = now;
  }

  function forgetIdle(now: number): void {
    for (const [key, bucket] of buckets) {
      const rule = options.rules[key.slice(0, key.indexOf(" ")) as K];
      refill(bucket, rule, now);
      if (bucket.tokens >= rule.burst) buckets.delete(key);
    }
    for (const key of buckets.keys()) {
      if (buckets.size < options.maxClients) break; // room for the one being added
      buckets.delete(key);
    }
  }

  return {
    clients: () => buckets.size,
    take(client, kind, cost = 1) {
      const rule = options.rules[kind];
      const now = options.now();
      const key = `${kind} ${client}`;
      let bucket = buckets.get(key);
      if (!bucket) {
        if (buckets.size >= options.maxClients) forgetIdle(now);
        bucket = { tokens: rule.burst, at: now };
        buckets.set(key, bucket);
      }
      refill(bucket, rule, now);
      // A request costing more than the burst could never pass; let it spend the whole bucket.
      const price = Math.min(cost, rule.burst);
      if (bucket.tokens >= price) {
        bucket.tokens -= price;
        return { allowed: true };
      }
      const wait = ((price - bucket.tokens) / rule.perMinute) * 60;
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(wait)) };
    },
  };
}
