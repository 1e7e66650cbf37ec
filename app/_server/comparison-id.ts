// The one id policy: what a comparison id in a URL may name. The seed story's fixed id names
// the seed comparison (made by the engine, never stored); an id shaped like a stored one
// (lib/store/create-comparison-id.ts) is looked up; anything else is unknown without a query,
// so a crafted id never reaches the database. Every page, route and use case asks here.
import { isComparisonId } from "@/lib/store/create-comparison-id";
import { SEED_ID } from "./seed-story";

export type ComparisonRef = { kind: "seed"; id: string } | { kind: "stored"; id: string };

/** The seed, a stored comparison's id, or null for an id that can name nothing. */
export function parseComparisonId(id: string): ComparisonRef | null {
  if (id === SEED_ID) return { kind: "seed", id };
  return isComparisonId(id) ? { kind: "stored", id } : null;
}

/** A stored comparison's id, or null: the seed has no revisions, keys or saves. */
export function parseStoredId(id: string): string | null {
  const ref = parseComparisonId(id);
  return ref?.kind === "stored" ? ref.id : null;
}

/** "3" → 3; anything but a plain non-negative integer is not a revision number. */
export function parseRevisionNumber(value: string): number | null {
  return /^(0|[1-9]\d{0,6})$/.test(value) ? Number(value) : null;
}
