// The per-client rate limit as the server runs it: off unless PARALLAX_RATE_LIMIT is set, one
// limiter per process (kept on globalThis, like the store, so development reloads share it),
// and the client named by the address the last proxy saw.
import { RATE_LIMITS } from "@/lib/limits";
import { createRateLimiter, type BucketRule, type RateLimiter } from "@/lib/rate-limit";

export type RateKind = "creates" | "fetches" | "reads";
export type ClientLimiter = RateLimiter<RateKind>;

/**
 * PARALLAX_RATE_LIMIT: unset, empty, "0" or "off" → no limit; "on" → the defaults in
 * lib/limits.ts; a number N → N comparisons a minute per client (burst N/2, at least 1) and
 * three times as many URL fetches, and thirty times as many reads of pages and comparisons.
 */
export function readRateRules(value: string | undefined): Record<RateKind, BucketRule> | null {
  const setting = value?.trim().toLowerCase() ?? "";
  if (setting === "" || setting === "0" || setting === "off") return null;
  if (setting === "on") return { creates: RATE_LIMITS.creates, fetches: RATE_LIMITS.fetches, reads: RATE_LIMITS.reads };
  const perMinute = Number(setting);
  if (!Number.isFinite(perMinute) || perMinute <= 0) {
    throw new Error(`PARALLAX_RATE_LIMIT must be "on", "off" or a number of comparisons per minute; got "${value}"`);
  }
  const rule = (n: number) => ({ perMinute: n, burst: Math.max(1, Math.floor(n / 2)) });
  return { creates: rule(perMinute), fetches: rule(perMinute * 3), reads: rule(perMinute * 30) };
}

export function createClientLimiter(value: string | undefined, now: () => number = Date.now): ClientLimiter | null {
  const rules = readRateRules(value);
  return rules ? createRateLimiter({ rules, maxClients: RATE_LIMITS.maxClients, now }) : null;
}

const holder = globalThis as typeof globalThis & { parallaxLimiter?: { setting: string | undefined; limiter: ClientLimiter | null } };

/** The process's limiter for the current setting (a changed setting, as in tests, starts afresh). */
export function getClientLimiter(env: Readonly<Record<string, string | undefined>> = process.env): ClientLimiter | null {
  const setting = env.PARALLAX_RATE_LIMIT;
  if (!holder.parallaxLimiter || holder.parallaxLimiter.setting !== setting) {
    holder.parallaxLimiter = { setting, limiter: createClientLimiter(setting) };
  }
  return holder.parallaxLimiter.limiter;
}

/**
 * The client's address: the last x-forwarded-for entry, which is the one our own reverse proxy
 * appends (or, with no proxy, the socket address Next.js puts there). Entries before it are
 * the client's say-so and could be anything. Without a proxy in front, a client that sends its
 * own x-forwarded-for chooses its key; deploy behind one when the limit matters.
 */
export function clientKeyOf(request: Request): string {
  const forwarded = request.headers.get("x-forwarded-for")?.split(",").map((part) => part.trim()).filter(Boolean);
  return forwarded?.at(-1) ?? request.headers.get("x-real-ip")?.trim() ?? "unknown";
}
