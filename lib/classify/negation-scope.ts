import { tokenizeWords } from "../normalize/fold-text";
import { findNegations } from "../normalize/negation";
import { stemWord } from "../normalize/stem";
import { isStopWord } from "../normalize/stop-words";
import type { SentenceAnalysis } from "../types";

// A negation contradicts another statement only when it denies something that statement says.
// Two sentences that an aligner put together because they share a topic often differ in parity
// by accident: one adds "officials did not say when" or an idiom ("made no secret of", "didn't
// mince words") about something the other never mentions. So the negated words, the first few
// content words after the cue within its clause, must reappear in the other sentence (same
// stem) before the parity difference counts.

/** Content words read after a cue: enough for "does not require the demolition of any homes". */
export const NEGATION_SCOPE_WORDS = 3;

/** Stems that share this many first letters are one word in two forms (demolition / demolished). */
const PREFIX = 5;

/** Positions of the tokens that start a negating cue, as lib/normalize/negation reads them. */
function findCuePositions(tokens: readonly string[]): number[] {
  const positions: number[] = [];
  tokens.forEach((token, i) => {
    // The next token is read too ("failed to", "ruled out"), but only a cue that starts here counts.
    const next = tokens[i + 1] ?? "";
    const count = (words: string[]) => findNegations(words).filter((c) => c !== "nor" && c !== "without").length;
    if (count([token, next]) > count([next])) positions.push(i);
  });
  return positions;
}

// A negation reaches no further than its clause: "didn't mince words — the storm is deadly".
const CLAUSE_BREAK = /[,;:()\[\]"“”—–]|\s-\s/;

// A time or topic adjunct after the negated words is the circumstance, not the thing denied:
// "has not been released during the shutdown" denies the release, not the shutdown. Other
// prepositions often open the complement itself ("no change in rates"), so they do not stop.
const ADJUNCT_STARTS = new Set(["about", "after", "before", "during", "since", "until", "within"]);

/** Stems of the content words each cue negates, all cues together. */
export function listNegatedStems(text: string): string[] {
  return listNegatedScopes(text).flat();
}

/** The negated stems of each cue, one list per cue, in reading order. */
function listNegatedScopes(text: string): string[][] {
  return text.split(CLAUSE_BREAK).flatMap((clause) => listClauseNegatedStems(tokenizeWords(clause)));
}

function listClauseNegatedStems(tokens: readonly string[]): string[][] {
  const scopes: string[][] = [];
  for (const start of findCuePositions(tokens)) {
    const stems: string[] = [];
    scopes.push(stems);
    let taken = 0;
    for (let i = start + 1; i < tokens.length && taken < NEGATION_SCOPE_WORDS; i++) {
      const word = tokens[i]!;
      if (taken > 0 && ADJUNCT_STARTS.has(word)) break;
      if (word.length < 2 || isStopWord(word) || /^\d/.test(word)) continue;
      stems.push(stemWord(word));
      taken++;
    }
  }
  return scopes;
}

/**
 * Whether the other statement speaks of what this one negates. Stems only: WordNet's synonym
 * sets are broad enough to tie "say" to "confirm" and let an unrelated denial through again
 * (one more false conflict on the development set, none gained).
 */
export function mentionsNegated(negatingText: string, other: SentenceAnalysis): boolean {
  const otherStems = new Set(other.terms);
  const prefixes = new Set(other.terms.filter((t) => t.length >= PREFIX).map((t) => t.slice(0, PREFIX)));
  const found = (stem: string) => otherStems.has(stem) || (stem.length >= PREFIX && prefixes.has(stem.slice(0, PREFIX)));
  // One shared word is a topic both sentences touch ("no Gazans would be forced out" beside a
  // sentence about Gazans); a denial of what the other says shares two of its negated words
  // ("does not require the demolition of any homes" / "six homes will be demolished").
  return listNegatedScopes(negatingText).some((scope) => scope.filter(found).length >= Math.min(2, scope.length));
}
