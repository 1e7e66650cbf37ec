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

/** How many words and numbers lie between two token positions (from inclusive, to exclusive). */
export function countWords(tokens: readonly Token[], from: number, to: number): number {
  let n = 0;
  for (let k = Math.max(0, from); k < Math.min(tokens.length, to); k++) if (tokens[k]!.kind !== "mark") n++;
  return n;
}
