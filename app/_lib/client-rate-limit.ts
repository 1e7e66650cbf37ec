// The per-client rate limit as the server runs it: off unless PARALLAX_RATE_LIMIT is set, one
// limiter per process (kept on globalThis, like the store, so development reloads share it),
// and the client named by its address (clientKeyOf).
import { RATE_LIMITS } from "@/lib/limits";
import { chooseClientAddress, parseTrustedProxies, splitForwardedFor, type TrustedProxies } from "@/lib/client-address";
import { createRateLimiter, type BucketRule, type RateLimiter } from "@/lib/rate-limit";

export type RateKind = "creates" | "fetches" | "revisions" | "reads";
export type ClientLimiter = RateLimiter<RateKind>;

/**
 * PARALLAX_RATE_LIMIT: unset, empty, "0" or "off" → no limit; "on" → the defaults in
 * lib/limits.ts; a number N → N comparisons a minute per client (burst N/2, at least 1),
 * three times as many URL fetches, twice as many revision saves and thirty times as many reads
 * of pages and comparisons.
 */
export function readRateRules(value: string | undefined): Record<RateKind, BucketRule> | null {
  const setting = value?.trim().toLowerCase() ?? "";
  if (setting === "" || setting === "0" || setting === "off") return null;
  if (setting === "on") return { creates: RATE_LIMITS.creates, fetches: RATE_LIMITS.fetches, revisions: RATE_LIMITS.revisions, reads: RATE_LIMITS.reads };
  const perMinute = Number(setting);
  if (!Number.isFinite(perMinute) || perMinute <= 0) {
    throw new Error(`PARALLAX_RATE_LIMIT must be "on", "off" or a number of comparisons per minute; got "${value}"`);
  }
  const rule = (n: number) => ({ perMinute: n, burst: Math.max(1, Math.floor(n / 2)) });
  return { creates: rule(perMinute), fetches: rule(perMinute * 3), revisions: rule(perMinute * 2), reads: rule(perMinute * 30) };
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

/** Set by scripts/serve.mjs, which writes the socket's address here on every request. */
export const PEER_HEADER = "x-parallax-peer";

const proxiesHolder: { setting?: string; proxies?: TrustedProxies } = {};

function trustedProxiesOf(setting: string | undefined): TrustedProxies {
  if (!proxiesHolder.proxies || proxiesHolder.setting !== setting) {
    proxiesHolder.proxies = parseTrustedProxies(setting);
    proxiesHolder.setting = setting;
  }
  return proxiesHolder.proxies;
}

/**
 * The client's key for rate limits and the engine queue (lib/client-address.ts):
 * X-Forwarded-For counts only past our own proxies (PARALLAX_TRUSTED_PROXIES). The socket's
 * address comes from x-parallax-peer under scripts/serve.mjs (`npm run serve`). Under plain
 * `next start` the only trace of the socket is the X-Forwarded-For entry Next.js adds when a
 * request has none, so its last entry stands in for the peer, and a client reaching that
 * server directly can still name itself: serve with `npm run serve` or behind a proxy.
 */
export function clientKeyOf(request: Request, env: Readonly<Record<string, string | undefined>> = process.env): string {
  const trusted = trustedProxiesOf(env.PARALLAX_TRUSTED_PROXIES);
  const forwarded = splitForwardedFor(request.headers.get("x-forwarded-for"));
  const socket = env.PARALLAX_SOCKET_PEER === "1" ? request.headers.get(PEER_HEADER)?.trim() : undefined;
  if (socket) return chooseClientAddress(socket, forwarded, trusted);
  const peer = forwarded.at(-1);
  return peer === undefined ? "unknown" : chooseClientAddress(peer, forwarded.slice(0, -1), trusted);
}
