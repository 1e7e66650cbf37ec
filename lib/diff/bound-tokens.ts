// The word diff's cost grows with the product of its two inputs' token counts (Myers is
// O((N + M) · D)), so its input is bounded before the diff sees it, by counting tokens, never by
// a clock: the result stays the same on any machine. Real sentences stay far below both limits
// (the longest side in the fixtures is 75 tokens), so their diffs are unchanged; a pathological
// input is diffed more coarsely, never wrongly: joining the bounded tokens gives the text back.

export const DIFF_LIMITS = {
  /** Tokens per side; the rest of a longer side becomes one token. ~5 ms per diff at worst. */
  maxTokens: 400,
  /** A run of more marks or spaces than this in a row ("""""…) becomes one token. */
  maxMarkRun: 16,
} as const;

const WORD_START = /[\p{L}\p{N}]/u;

function isMark(token: string): boolean {
  return !WORD_START.test(token[0] ?? "");
}

/** Joins each run of more than `maxRun` consecutive non-word tokens into one token. */
export function collapseMarkRuns(tokens: readonly string[], maxRun: number = DIFF_LIMITS.maxMarkRun): string[] {
  const out: string[] = [];
  let start = 0;
  const flush = (end: number) => {
    if (end - start > maxRun) out.push(tokens.slice(start, end).join(""));
    else for (let k = start; k < end; k++) out.push(tokens[k]!);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (isMark(tokens[i]!)) continue;
    flush(i);
    out.push(tokens[i]!);
    start = i + 1;
  }
  flush(tokens.length);
  return out;
}

/** At most `maxTokens` tokens: runs of marks collapsed, then the tail past the cap as one token. */
export function boundTokens(tokens: readonly string[], limits: typeof DIFF_LIMITS = DIFF_LIMITS): string[] {
  const collapsed = collapseMarkRuns(tokens, limits.maxMarkRun);
  if (collapsed.length <= limits.maxTokens) return collapsed;
  const head = collapsed.slice(0, limits.maxTokens - 1);
  head.push(collapsed.slice(limits.maxTokens - 1).join(""));
  return head;
}
