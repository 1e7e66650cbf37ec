// Folding makes two outlets' spellings of the same text compare equal: case, accents
// ("Orbán" → "orban"), typographic quotes and dashes, and spacing all vary by house style,
// not by meaning. Tokens are the folded words the matcher and the diff work on.

// Letters that NFKD leaves whole but that readers treat as their base letters.
const LETTER_FOLDS: Record<string, string> = {
  ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i", ħ: "h",
};

const COMBINING_MARKS = /\p{M}+/gu;
const SINGLE_QUOTES = /[‘’‚‛′`´ʼ]/g;
const DOUBLE_QUOTES = /[“”„‟«»″]/g;
// Hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus.
const DASHES = /[‐‑‒–—―−]/g;
const SPACES = /\s+/g;
const FOLDABLE_LETTERS = /[ßæœøłđðþıħ]/g;

const ASCII = /^[\x00-\x7f]*$/;

/** The one fold (decision 0155): the engine, the clean step and the page's search all use it. */
export function foldText(text: string): string {
  // Plain ASCII has no compatibility forms, accents, curly quotes or dashes: skip those passes.
  if (ASCII.test(text)) return text.toLowerCase().replace(/`/g, "'").replace(SPACES, " ").trim();
  return text
    .normalize("NFKD")
    .replace(COMBINING_MARKS, "")
    .toLowerCase()
    .replace(FOLDABLE_LETTERS, (ch) => LETTER_FOLDS[ch] ?? ch)
    .replace(SINGLE_QUOTES, "'")
    .replace(DOUBLE_QUOTES, '"')
    .replace(DASHES, "-")
    .replace(SPACES, " ")
    .trim();
}

// One token is, in this order of preference:
// - a number with its separators and an optional percent sign: "4.4", "1,200", "25%";
// - a dotted initialism kept with its dots so "U.S." does not fold into the pronoun "us";
// - a word, with inner apostrophes and hyphens kept: "long-range", "lukashenko's", "don't".
// Each alternative starts with a different character class and its repeats are separated by a
// required punctuation character, so matching is linear.
const TOKEN = /\d+(?:[.,]\d+)*%?|(?:\p{L}\.){2,}|[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*%?/gu;

/**
 * Folded word tokens in order. Hyphenated compounds stay one token ("long-range"): splitting
 * them would let "long-range" match "range" on its own. Use `splitCompound` where the parts
 * matter (e.g. "face-to-face" against "face to face").
 */
export function tokenizeWords(text: string): string[] {
  return foldText(text).match(TOKEN) ?? [];
}

/** The parts of a hyphenated token ("long-range" → ["long", "range"]); a plain token → itself. */
export function splitCompound(token: string): string[] {
  if (!token.includes("-")) return [token];
  return token.split("-").filter((part) => part.length > 0);
}
