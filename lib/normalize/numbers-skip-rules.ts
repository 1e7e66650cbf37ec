// Figures that are not quantities, as an ordered list of small named rules: the first rule
// that claims a figure drops it. Years and day numbers belong to dates ("in 2024", "Oct. 19"),
// times to neither ("5 p.m.", "10:30"), and codes and names are not amounts ("GLP-1", "G7",
// "5G", "24/7", "the 19th", "the 1990s").
import { MONEY_ONLY_SCALES, SCALES, UNIT_WORDS } from "./numbers-lexicon";
import { type Token, glued } from "./numbers-tokens";

export interface SkipContext {
  tokens: readonly Token[];
  i: number; // the figure or number word being considered
  dateSpans: readonly { start: number; end: number }[]; // sorted, disjoint
}

export interface NumberSkipRule {
  name: string;
  skips(ctx: SkipContext): boolean;
}

const ORDINAL_OR_DECADE = new Set(["st", "nd", "rd", "th", "s"]);
const CLOCK_WORDS = new Set(["am", "pm", "gmt", "utc", "cet", "est", "edt", "pst", "bst", "hrs", "h"]);
// Pronoun uses of "one": "no one", "one of them", "one another".
const ONE_AFTER = new Set(["no", "every", "any", "some", "the", "this", "that", "which", "each"]);
const ONE_BEFORE = new Set(["of", "another", "day", "way", "hand", "side", "thing", "time", "point"]);

/** Binary search: spans are sorted and disjoint, and a long text can hold many of them. */
function isInsideSpan(spans: SkipContext["dateSpans"], pos: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const span = spans[mid];
    if (!span) return false;
    if (pos < span.start) hi = mid - 1;
    else if (pos >= span.end) lo = mid + 1;
    else return true;
  }
  return false;
}

function at(ctx: SkipContext, offset: number): Token | undefined {
  return ctx.tokens[ctx.i + offset];
}

export const NUMBER_SKIP_RULES: readonly NumberSkipRule[] = [
  {
    name: "inside-date",
    skips: (ctx) => {
      const t = at(ctx, 0);
      return t !== undefined && isInsideSpan(ctx.dateSpans, t.start);
    },
  },
  {
    name: "time-of-day",
    skips: (ctx) => {
      const [prev, t, next, after] = [at(ctx, -1), at(ctx, 0), at(ctx, 1), at(ctx, 2)];
      if (t?.kind !== "num") return false;
      if (next?.text === ":" && glued(t, next) && after?.kind === "num" && glued(next, after)) return true;
      if (prev?.text === ":" && glued(prev, t) && at(ctx, -2)?.kind === "num") return true;
      if (next && CLOCK_WORDS.has(next.lower)) return true;
      // "5 p.m." is tokenized p . m .
      return (next?.lower === "a" || next?.lower === "p") && after?.text === "." && at(ctx, 3)?.lower === "m";
    },
  },
  {
    name: "ordinal-or-decade",
    skips: (ctx) => {
      const [t, next] = [at(ctx, 0), at(ctx, 1)];
      return t?.kind === "num" && next?.kind === "word" && glued(t, next) && ORDINAL_OR_DECADE.has(next.lower);
    },
  },
  {
    name: "code-or-name",
    skips: (ctx) => {
      const [prev2, prev, t] = [at(ctx, -2), at(ctx, -1), at(ctx, 0)];
      if (t?.kind !== "num") return false;
      if (prev?.kind === "word" && glued(prev, t)) return true; // "G7", "A320"
      return prev?.text === "-" && glued(prev, t) && prev2?.kind === "word" && glued(prev2, prev); // "GLP-1"
    },
  },
  {
    name: "glued-letters",
    // "5G", "3D", "737MAX" are names; "5km", "$2bn", "10k" are not and carry a unit or scale.
    skips: (ctx) => {
      const [t, next] = [at(ctx, 0), at(ctx, 1)];
      if (t?.kind !== "num" || next?.kind !== "word" || !glued(t, next)) return false;
      return !(next.lower in SCALES || next.lower in MONEY_ONLY_SCALES || next.lower in UNIT_WORDS);
    },
  },
  {
    name: "slashed",
    skips: (ctx) => {
      const [prev, t, next] = [at(ctx, -1), at(ctx, 0), at(ctx, 1)];
      if (t?.kind !== "num") return false;
      return (prev?.text === "/" && glued(prev, t)) || (next?.text === "/" && glued(t, next));
    },
  },
  {
    name: "pronoun-one",
    skips: (ctx) => {
      const [prev, t, next] = [at(ctx, -1), at(ctx, 0), at(ctx, 1)];
      if (t?.lower !== "one") return false;
      return (prev !== undefined && ONE_AFTER.has(prev.lower)) || (next !== undefined && ONE_BEFORE.has(next.lower));
    },
  },
];

export function shouldSkip(ctx: SkipContext, rules: readonly NumberSkipRule[] = NUMBER_SKIP_RULES): boolean {
  return rules.some((rule) => rule.skips(ctx));
}
