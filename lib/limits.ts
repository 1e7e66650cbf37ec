// Limits that keep one request from starving the machine. They are generous for real articles
// (a long feature is ~60 kB of HTML text, ~300 sentences) and are checked before any heavy work.

const MAX_TOTAL_CHARS = 8_000_000;

export const LIMITS = {
  minSources: 2,
  maxSources: 12,
  /** Characters of one source as given (HTML included). */
  maxSourceChars: 2_000_000,
  /** Characters of all sources together. */
  maxTotalChars: MAX_TOTAL_CHARS,
  /** Sentences of one source after cleaning; beyond this alignment cost stops being interactive. */
  maxSentencesPerSource: 1_500,
  /**
   * Bytes of one API request body, enforced while it is read. JSON escapes and multi-byte
   * characters make a body bigger than its text, so about twice the total character limit;
   * the engine's own checks then give the precise message.
   */
  maxBodyBytes: MAX_TOTAL_CHARS * 2 + 1_000_000,
} as const;

/** An editor's review (issue 5): enough for a thorough pass over a long story, no more. */
export const REVIEW_LIMITS = {
  maxEdits: 2_000,
  maxNoteChars: 4_000,
  maxEditorChars: 100,
  maxConflictValueChars: 1_000,
  /**
   * Sentences of one source a group may reach by links and merges: room to merge two of the
   * engine's largest groups (runs of 3) and link two more. Classifying a group costs about the
   * square of each member's text, so this bounds the cost of every edit (decision 0055).
   */
  maxMemberSentences: 8,
} as const;

/**
 * Per-client rate limits, when PARALLAX_RATE_LIMIT turns them on (off by default, so tests and
 * single-user installs never meet them). Token buckets: `burst` at once, refilled per minute.
 */
export const RATE_LIMITS = {
  creates: { burst: 10, perMinute: 20 },
  /** URL sources fetched on a client's behalf: each one costs a token. */
  fetches: { burst: 30, perMinute: 60 },
  /** Revisions saved: an editor saves more often than they compare, each save up to 2,000 edits. */
  revisions: { burst: 20, perMinute: 40 },
  /**
   * Page and API reads of comparisons: a reader clicking "Show more" and following links never
   * comes near it; a script pulling large pages in a loop does (docs/decisions/0060).
   */
  reads: { burst: 120, perMinute: 600 },
  /** Clients remembered at once; beyond this, idle (full) buckets are forgotten first. */
  maxClients: 10_000,
} as const;

/**
 * One part of a comparison page (issue: a 12 × 1,500 comparison made a 190 MB page). Weights
 * are estimated bytes of HTML plus React's copy of it (components/comparison/page-part.ts); a page whose
 * views all fit in `whole` renders whole, as before, and any other renders a part of its active
 * view, with "Show more". Figures from docs/decisions/0060-bounded-pages.md.
 */
export const PAGE_PARTS = {
  whole: { maxItems: 400, maxWeight: 800_000 },
  // A part renders in about 0.1 s on one core: small reads queued behind it keep a p99 under
  // 0.5 s (`npm run load`); at 250,000 a part took 0.19 s and small reads' p99 was 0.39 s.
  facts: { maxItems: 60, maxWeight: 80_000 },
  coverage: { maxItems: 120, maxWeight: 80_000 },
  columns: { maxItems: 24, maxWeight: 80_000 },
  /** "Only in X" lists under the coverage matrix, when the page is in parts. */
  onlyIn: { maxItems: 10, maxWeight: 60_000 },
} as const;
