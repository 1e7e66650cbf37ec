// Limits of fetching one source URL on the server. They belong beside LIMITS in lib/limits.ts,
// which the engine's owner edits; until then they live here.

export const FETCH_LIMITS = {
  /** The whole fetch, every redirect and the body included. */
  timeoutMs: 15_000,
  /** Decoded bytes of one page; a long article's HTML is well under 2 MB. */
  maxBytes: 5_000_000,
  maxRedirects: 5,
} as const;
