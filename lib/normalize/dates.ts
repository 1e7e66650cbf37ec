// The date part of the analyze step: every date expression in a sentence, resolved against
// the publication date when it is known. Shapes live in ./dates-matchers (an ordered list);
// resolution in ./dates-resolve and ./dates-relative; agreement in ./dates-agree.
import type { AnalyzeContext, DateMention } from "../types";
import { type Published, readPublished } from "./dates-calendar";
import { hasFutureCue } from "./dates-lexicon";
import { DATE_MATCHERS, type DateMatch, type DateMatcher } from "./dates-matchers";

export { datesAgree } from "./dates-agree";

function overlaps(taken: readonly DateMatch[], start: number, end: number): boolean {
  return taken.some((t) => start < t.end && t.start < end);
}

function matchDates(text: string, pub: Published | null, matchers: readonly DateMatcher[]): DateMatch[] {
  const env = { text, pub, cue: hasFutureCue(text) };
  const taken: DateMatch[] = [];
  for (const matcher of matchers) {
    const pattern = matcher.pattern;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const found = matcher.read(m, env);
      if (found && !overlaps(taken, found.start, found.end)) taken.push(found);
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

export function extractDates(
  text: string,
  ctx: AnalyzeContext,
  matchers: readonly DateMatcher[] = DATE_MATCHERS,
): DateMention[] {
  return matchDates(text, readPublished(ctx), matchers).map((d) => ({
    text: text.slice(d.start, d.end),
    value: d.value,
  }));
}

/** Where the dates are, so other extractors (numbers) can leave their digits alone. */
export function findDateSpans(text: string): { start: number; end: number }[] {
  return matchDates(text, null, DATE_MATCHERS).map(({ start, end }) => ({ start, end }));
}
