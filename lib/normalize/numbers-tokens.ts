// A small tokenizer for reading quantities: figures, words and single symbols, with offsets,
// so the readers can ask "is this glued to the next token?" ("$2.5bn", "25%", "GLP-1").

export type TokenKind = "num" | "word" | "sym";

export interface Token {
  text: string;
  lower: string;
  kind: TokenKind;
  start: number;
  end: number;
}

// Grouped figures must group in threes ("1,200,000"); anything else is read as plain digits,
// so "2022, 50" is two numbers and not "2,022,50". Alternatives start with disjoint classes.
const TOKEN = /\d{1,3}(?:,\d{3})+(?:\.\d+)?(?!\d)|\d+(?:\.\d+)?|\p{L}+|\S/gu;
const DIGIT_START = /^\d/;
const LETTER_START = /^\p{L}/u;

export function tokenizeForNumbers(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const t = m[0];
    const kind: TokenKind = DIGIT_START.test(t) ? "num" : LETTER_START.test(t) ? "word" : "sym";
    out.push({ text: t, lower: t.toLowerCase(), kind, start: m.index, end: m.index + t.length });
  }
  return out;
}

/** True when a and b touch with nothing between them. */
export function glued(a: Token | undefined, b: Token | undefined): boolean {
  return a !== undefined && b !== undefined && a.end === b.start;
}

/** The numeric value of a figure token ("1,200.50" → 1200.5). */
export function figureValue(token: Token): number {
  return Number(token.text.replace(/,/g, ""));
}

/**
 * Lowercase words of tokens[from..], as long as they are words separated by spaces only,
 * at most `max` of them. Used to look ahead for units and bound phrases.
 */
export function wordsAfter(tokens: readonly Token[], from: number, max: number): string[] {
  const out: string[] = [];
  for (let i = from; i < tokens.length && out.length < max; i++) {
    const t = tokens[i];
    if (!t || t.kind !== "word" || (i > from && glued(tokens[i - 1], t))) break;
    out.push(t.lower);
  }
  return out;
}

/** Lowercase words right before tokens[before], nearest last, at most `max` of them. */
export function wordsBefore(tokens: readonly Token[], before: number, max: number): string[] {
  const out: string[] = [];
  for (let i = before - 1; i >= 0 && out.length < max; i--) {
    const t = tokens[i];
    if (!t || t.kind !== "word" || glued(t, tokens[i + 1])) break;
    out.unshift(t.lower);
  }
  return out;
}

/** Rounds away binary noise: 2.2 * 1e6 is 2200000.0000000005 in floating point. */
export function cleanFloat(value: number): number {
  return Number(value.toPrecision(12));
}
