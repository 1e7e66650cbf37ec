// Limits that keep one request from starving the machine. They are generous for real articles
// (a long feature is ~60 kB of HTML text, ~300 sentences) and are checked before any heavy work.

export const LIMITS = {
  minSources: 2,
  maxSources: 12,
  /** Characters of one source as given (HTML included). */
  maxSourceChars: 2_000_000,
  /** Characters of all sources together. */
  maxTotalChars: 8_000_000,
  /** Sentences of one source after cleaning; beyond this alignment cost stops being interactive. */
  maxSentencesPerSource: 1_500,
} as const;
