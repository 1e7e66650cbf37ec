// The rate limit the API charges (creates, URL fetches, revision saves, reads). With
// PostgreSQL (DATABASE_URL) several instances may serve one site, so the counts live in the
// database (lib/store/rate-store.ts) and a client spreading requests over instances spends from
// one allowance; with the embedded SQLite file there is one process, and counting in memory
// costs nothing. Page reads are charged in proxy.ts, in memory, before any database work.
import { createStoreRateLimiter } from "@/lib/store/rate-store";
import type { TakeResult } from "@/lib/rate-limit";
import { getClientLimiter, readRateRules, type RateKind } from "./client-rate-limit";
import { getStore } from "./store";

export interface SharedLimiter {
  take(client: string, kind: RateKind, cost?: number): TakeResult | Promise<TakeResult>;
}

const holder = globalThis as typeof globalThis & { parallaxSharedLimiter?: { key: string; limiter: SharedLimiter | null } };

function usesPostgres(env: Readonly<Record<string, string | undefined>>): boolean {
  return /^postgres(?:ql)?:\/\//i.test(env.DATABASE_URL?.trim() ?? "");
}

/** Database-backed limiter over the app's store: the rules of PARALLAX_RATE_LIMIT, wall-clock time. */
export function createDatabaseLimiter(setting: string | undefined, openStore: typeof getStore = getStore): SharedLimiter | null {
  const rules = readRateRules(setting);
  if (!rules) return null;
  let limiter: ReturnType<typeof createStoreRateLimiter<RateKind>> | null = null;
  return {
    async take(client, kind, cost) {
      limiter ??= createStoreRateLimiter(await openStore(), { rules, now: Date.now });
      return limiter.take(client, kind, cost);
    },
  };
}

export function getSharedLimiter(env: Readonly<Record<string, string | undefined>> = process.env): SharedLimiter | null {
  if (!usesPostgres(env)) return getClientLimiter(env);
  const key = `${env.PARALLAX_RATE_LIMIT ?? ""} ${env.DATABASE_URL ?? ""}`;
  if (holder.parallaxSharedLimiter?.key !== key) holder.parallaxSharedLimiter = { key, limiter: createDatabaseLimiter(env.PARALLAX_RATE_LIMIT) };
  return holder.parallaxSharedLimiter.limiter;
}
