// The edge half of edit keys (lib/store/edit-key-store.ts holds the pure half): fresh keys
// from the operating system's random source, SHA-256 to store them, and a comparison that
// takes the same time whether the first byte or the last one differs.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { findComparison } from "@/lib/store/comparison-store";
import { createEditKey, insertEditKey, nameKeyHolder } from "@/lib/store/edit-key-store";
import type { SqlDriver } from "@/lib/store/store-types";

export function newEditKey(): string {
  return createEditKey((size) => randomBytes(size));
}

/** Lower-case hex SHA-256 of the key: what the database keeps instead of the key. */
export function hashEditKey(key: string): string {
  return createHash("sha256").update(key, "utf8").digest("hex");
}

/**
 * The first of `candidates` whose hash matches `key`, or null. Hashes are compared, not keys,
 * so both sides always have the same length, and every candidate is compared (no early exit),
 * so the time taken says nothing about which byte or which key was close.
 */
export function findMatchingKey<T extends { keyHash: string }>(key: string, candidates: readonly T[]): T | null {
  const presented = Buffer.from(hashEditKey(key), "hex");
  let match: T | null = null;
  for (const candidate of candidates) {
    const stored = Buffer.from(candidate.keyHash, "hex");
    const equal = stored.length === presented.length && timingSafeEqual(stored, presented);
    if (equal && match === null) match = candidate;
  }
  return match;
}

/**
 * A new key for a stored comparison (the operator's command): for comparisons made before keys
 * existed, or a newsroom colleague. Returns the key, which is shown once and never stored.
 */
export async function issueEditKey(
  driver: SqlDriver,
  request: { comparisonId: string; label?: string | null; now: Date; makeKey?: () => string },
): Promise<{ key: string; holder: string } | null> {
  if (!(await findComparison(driver, request.comparisonId))) return null;
  const key = (request.makeKey ?? newEditKey)();
  const keyHash = hashEditKey(key);
  const holder = nameKeyHolder(keyHash, request.label);
  await insertEditKey(driver, { comparisonId: request.comparisonId, keyHash, holder, issuedAt: request.now.toISOString() });
  return { key, holder };
}
