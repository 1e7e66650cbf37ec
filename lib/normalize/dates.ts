// The date part of the analyze step: every date expression in a sentence, resolved against
// the publication date when it is known. Shapes live in ./dates-matchers (an ordered list);
// resolution in ./dates-resolve and ./dates-relative; agreement in ./dates-agree.
import type { AnalyzeContext, DateMention } from "../types";
import { type Published, readPublished } from "./dates-calendar";
import { hasFutureCue } from "./dates-lexicon";
import { DATE_MATCHERS, type DateMatch, type DateMatcher } from "./dates-matchers";

export { datesAgree } from "./dates-agree";

/** Index where a match starting at `start` goes in `taken` (sorted by start). */
function insertionPoint(taken: readonly DateMatch[], start: number): number {
  let lo = 0;
  let hi = taken.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((taken[mid]?.start ?? 0) < start) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// `taken` stays sorted and disjoint, so only the neighbours of the insertion point can overlap.
function addIfFree(taken: DateMatch[], found: DateMatch): void {
  const at = insertionPoint(taken, found.start);
  const before = taken[at - 1];
  const after = taken[at];
  if (before && before.end > found.start) return;
  if (after && after.start < found.end) return;
  taken.splice(at, 0, found);
}

function matchDates(text: string, pub: Published | null, matchers: readonly DateMatcher[]): DateMatch[] {
  const env = { text, pub, cue: hasFutureCue(text) };
  const taken: DateMatch[] = [];
  for (const matcher of matchers) {
    const pattern = matcher.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const found = matcher.read(m, env);
      if (found) addIfFree(taken, found);
    }
  }
  return taken;
}

export function extractDates(
  text: string,
  ctx: AnalyzeContext,
  matchers: readonly DateMatcher[] = DATE_MATCHERS,
): DateMention[] {
  return matchDates(text, readPublished(ctx), matchers).map((d) => ({
    text: text.slice(d.start, d.end),
    value: d.value,
    start: d.start,
    end: d.end,
  }));
}

/** Where the dates are, so other extractors (numbers) can leave their digits alone. */
export function findDateSpans(text: string): { start: number; end: number }[] {
  return matchDates(text, null, DATE_MATCHERS).map(({ start, end }) => ({ start, end }));
}
