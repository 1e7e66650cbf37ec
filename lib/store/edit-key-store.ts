import type { RandomBytes } from "./create-comparison-id";
import type { SqlDriver } from "./store-types";

// Edit keys: the bearer secret that lets its holder publish revisions of one comparison. The
// key itself is shown once and never stored; only its hash is, so a copy of the database does
// not let anyone publish. Hashing and comparing belong to the edge (node:crypto), which passes
// the hash in: this file stays pure.

/** 32 random bytes: far past guessing, and short enough to sit in a link. */
export const EDIT_KEY_BYTES = 32;
const EDIT_KEY_PATTERN = /^[A-Za-z0-9_-]{43}$/;
const BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

export interface EditKeyRecord {
  comparisonId: string;
  keyHash: string;
  /** Who revisions saved with this key are recorded as: a label the operator gave, or key:<hash prefix>. */
  holder: string;
  issuedAt: string;
}

/** A fresh key, base64url without padding (43 characters), safe in a URL fragment or a header. */
export function createEditKey(randomBytes: RandomBytes): string {
  const bytes = randomBytes(EDIT_KEY_BYTES);
  let out = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const n = (bytes[i]! << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let k = 0; k < chars; k++) out += BASE64URL[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}

/** True for a string shaped like a key; anything else is refused without touching the store. */
export function isEditKeyShaped(value: string): boolean {
  return EDIT_KEY_PATTERN.test(value);
}

/** The holder recorded when no label was given: enough of the hash to tell keys apart. */
export function nameKeyHolder(keyHash: string, label?: string | null): string {
  const trimmed = label?.trim();
  return trimmed ? trimmed : `key:${keyHash.slice(0, 8)}`;
}

export async function insertEditKey(driver: SqlDriver, record: EditKeyRecord): Promise<void> {
  await driver.query("INSERT INTO edit_keys (key_hash, comparison_id, holder, issued_at) VALUES (?, ?, ?, ?)", [
    record.keyHash,
    record.comparisonId,
    record.holder,
    record.issuedAt,
  ]);
}

/** Every key hash of a comparison, so the edge can compare each in constant time. */
export async function listEditKeys(driver: SqlDriver, comparisonId: string): Promise<Pick<EditKeyRecord, "keyHash" | "holder">[]> {
  const rows = await driver.query<{ key_hash: string; holder: string }>(
    "SELECT key_hash, holder FROM edit_keys WHERE comparison_id = ? ORDER BY issued_at, key_hash",
    [comparisonId],
  );
  return rows.map((row) => ({ keyHash: row.key_hash, holder: row.holder }));
}
