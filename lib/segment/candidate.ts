// A candidate boundary and the few facts about its surroundings that the rules ask for.
// Rules stay tiny because they read context through these helpers instead of re-scanning
// the text themselves; every helper is a bounded character scan (no regex backtracking).
// Used by the rules in ./rules/ and by ./split-sentences.

/** "mark": a run of . ! ? … ; "line": a line break (only list items split there). */
export type CandidateKind = "mark" | "line";

export interface Candidate {
  text: string; // the whole paragraph
  kind: CandidateKind;
  at: number; // first character of the mark, or the "\n"
  markEnd: number; // just after the mark run
  end: number; // where the sentence would end: rules may move it past closing quotes
}

/** What a rule says about one candidate; `undefined` means "no opinion, ask the next rule". */
export type Verdict = "split" | "join" | { end: number } | undefined;

export interface SegmentRule {
  name: string;
  apply(c: Candidate): Verdict;
}

// Spaced ellipses (". . .") are found one dot at a time; the ellipsis rule joins them.
const MARK_OR_LINE = /[.!?…]+|\n/g;

export function findCandidates(text: string): Candidate[] {
  const out: Candidate[] = [];
  MARK_OR_LINE.lastIndex = 0;
  for (let m = MARK_OR_LINE.exec(text); m; m = MARK_OR_LINE.exec(text)) {
    const at = m.index;
    const markEnd = at + m[0].length;
    const kind: CandidateKind = m[0] === "\n" ? "line" : "mark";
    out.push({ text, kind, at, markEnd, end: kind === "line" ? at : markEnd });
  }
  return out;
}

const OPENERS = "\"'“‘«([{";

/** Same set as the regex \s, by char code: rules call this per character, a regex is slower. */
export function isSpace(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const code = ch.charCodeAt(0);
  if (code <= 32) return code === 32 || (code >= 9 && code <= 13);
  if (code < 160) return false;
  return (
    code === 160 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

export function markOf(c: Candidate): string {
  return c.text.slice(c.at, c.markEnd);
}

// Scans stop this far from the mark: every rule question is about a word, and an unbounded
// scan would make a long run of glued text ("a.a.a.a...") quadratic.
const MAX_SCAN = 64;

/** The non-space token the mark is glued to, without leading quotes or brackets: "U.S" for "(U.S.". */
export function wordBefore(c: Candidate): string {
  let i = c.at;
  const stop = Math.max(0, c.at - MAX_SCAN);
  while (i > stop && !isSpace(c.text[i - 1])) i--;
  while (i < c.at && OPENERS.includes(c.text[i] ?? "")) i++;
  return c.text.slice(i, c.at);
}

/** Index of the first non-space character at or after `c.end` (text.length when none). */
export function nextVisible(c: Candidate): number {
  let i = c.end;
  while (i < c.text.length && isSpace(c.text[i])) i++;
  return i;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** The next word after the boundary, skipping opening quotes and brackets: "The" in ` “The`. */
export function nextWord(c: Candidate): string {
  let i = nextVisible(c);
  const stop = Math.min(c.text.length, i + MAX_SCAN);
  while (i < stop && OPENERS.includes(c.text[i] ?? "")) i++;
  const start = i;
  while (i < stop && WORD_CHAR.test(c.text[i] ?? "")) i++;
  return c.text.slice(start, i);
}

/** True when the boundary is followed by white space or the end of the paragraph. */
export function endsAtBreak(c: Candidate): boolean {
  return c.end >= c.text.length || isSpace(c.text[c.end]);
}

// Words that commonly open an English news sentence. After an abbreviation that may also end a
// sentence ("U.S.", "Inc.", "a.m.") we split only when one of these follows: "in the U.S. The
// talks" splits, "the U.S. President" does not. A closed list misses some starts, but a missed
// split costs less than cutting a name in two.
const STARTERS = new Set(
  [
    "a", "an", "the", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
    "i", "you", "his", "her", "their", "our", "my", "your", "there", "here", "but", "and", "or",
    "so", "yet", "however", "meanwhile", "moreover", "also", "still", "then", "now", "instead",
    "in", "on", "at", "for", "after", "before", "when", "while", "if", "as", "since", "although",
    "though", "despite", "during", "according", "by", "from", "with", "without", "under", "over",
    "last", "earlier", "later", "next", "what", "why", "how", "who", "where", "which",
    "both", "neither", "each", "every", "all", "some", "many", "most", "several", "such",
    "other", "others", "no", "not", "one", "two", "three", "officials", "critics", "analysts",
    "experts", "asked", "speaking", "separately", "indeed", "unlike", "because",
  ],
);

export function isSentenceStarter(word: string): boolean {
  return STARTERS.has(word.toLowerCase());
}

const UPPER_START = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;

export function startsUpper(word: string): boolean {
  return UPPER_START.test(word);
}

export function startsLower(word: string): boolean {
  return LOWER_START.test(word);
}
