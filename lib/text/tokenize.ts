// One pass over a sentence that gives every later step its words and marks with their offsets,
// so whatever a step finds can be reported as a span of the sentence (contract version 2)
// rather than as a string searched for again. Linear: one regex scan with no nested repeats.

export type TokenKind = "word" | "number" | "mark";

export interface Token {
  text: string;
  start: number; // UTF-16 offsets into the sentence, end exclusive
  end: number;
  kind: TokenKind;
}

// A word (letters, marks, inner apostrophes or hyphens), a number (digits with inner separators
// and an optional per cent sign), or any other single visible character.
const TOKEN = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*|\p{N}+(?:[.,:]\p{N}+)*%?|[^\s\p{L}\p{M}\p{N}]/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(TOKEN)) {
    const start = match.index;
    const value = match[0];
    const first = value.codePointAt(0) ?? 0;
    const kind: TokenKind = /\p{N}/u.test(String.fromCodePoint(first)) ? "number" : /[\p{L}\p{M}]/u.test(String.fromCodePoint(first)) ? "word" : "mark";
    tokens.push({ text: value, start, end: start + value.length, kind });
  }
  return tokens;
}

/**
 * Counts words and numbers between two token positions (from inclusive, to exclusive), each
 * count one subtraction: a step that asks once per boundary stays linear in the sentence.
 */
export function createWordCounter(tokens: readonly Token[]): (from: number, to: number) => number {
  const before = [0];
  for (const t of tokens) before.push(before[before.length - 1]! + (t.kind === "mark" ? 0 : 1));
  return (from, to) => before[Math.max(0, Math.min(to, tokens.length))]! - before[Math.max(0, Math.min(from, tokens.length))]!;
}

/** How many words and numbers lie between two token positions (from inclusive, to exclusive). */
export function countWords(tokens: readonly Token[], from: number, to: number): number {
  return Math.max(0, createWordCounter(tokens)(from, to));
}
