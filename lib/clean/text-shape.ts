// Cheap measurements of a paragraph's shape. Every rule and heuristic in the clean step asks the
// same few questions (is it a sentence? a title? how long?), so they are answered in one place
// and with linear-time scans only: cleaning must never hang on hostile input.

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’.&-]*/gu;
const SMALL_WORDS = new Set([
  "a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "with", "by",
  "from", "as", "vs", "via", "into", "onto", "over", "amid", "after", "before", "near", "than",
  "per", "up", "off", "out", "is", "are", "be", "its", "so", "yet", "if", "about",
]);
const CLOSING = new Set(['"', "'", "”", "’", "»", ")", "]", " ", "\t", "\n"]);

/** Words of a text as written (letters/digits with inner apostrophes, dots, hyphens). */
export function listWords(text: string): string[] {
  return text.match(WORD) ?? [];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORD_JOINERS = "'’.&-";

function isWordChar(char: string): boolean {
  const code = char.charCodeAt(0);
  if (code < 128) return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  return WORD_CHAR.test(char);
}

/** Counts what listWords would list, without building the list (it runs on every paragraph). */
export function countWords(text: string): number {
  let count = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (isWordChar(char)) {
      if (!inWord) count++;
      inWord = true;
    } else if (!inWord || !WORD_JOINERS.includes(char)) inWord = false;
  }
  return count;
}

/** The last visible character, ignoring closing quotes and brackets. */
function lastMark(text: string): string {
  // A loop, not /[...]+$/: an anchored trailing class backtracks quadratically on long runs.
  let end = text.length - 1;
  while (end >= 0 && CLOSING.has(text.charAt(end))) end--;
  return end >= 0 ? text.charAt(end) : "";
}

/** True when a paragraph ends like a finished sentence (so it is not a title or a cut-off line). */
export function endsSentence(text: string): boolean {
  const mark = lastMark(text);
  return mark === "." || mark === "!" || mark === "?" || mark === "…";
}

/** True when a line ends with any terminal mark a wrapped line would not: sentence end or colon. */
export function endsClause(text: string): boolean {
  const mark = lastMark(text);
  return endsSentence(text) || mark === ":" || mark === ";";
}

/** Title Case: most non-small words start upper-case (or are numbers), and there is a letter. */
export function isTitleCase(text: string, words: string[] = listWords(text)): boolean {
  let big = 0;
  let total = 0;
  let hasLetter = false;
  for (const word of words) {
    if (/\p{L}/u.test(word)) hasLetter = true;
    if (SMALL_WORDS.has(word.toLowerCase())) continue;
    total++;
    if (/^[\p{Lu}\p{N}]/u.test(word)) big++;
  }
  return hasLetter && total > 0 && big / total >= 0.75;
}

/** A short Title Case line without sentence punctuation: a headline, menu item or link text. */
export function isHeadlineLike(text: string): boolean {
  if (text.length > 180) return false;
  const words = listWords(text);
  if (words.length < 1 || words.length > 22) return false;
  const mark = lastMark(text);
  if (mark === "." || mark === "!" || mark === ":" || mark === ";" || mark === ",") return false;
  return isTitleCase(text, words);
}

// Copies of one text differ in case, accents, quotes, dashes and spacing: the one fold.
export { foldText } from "../normalize/fold-text";
