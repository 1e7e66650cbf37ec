// Spelled-out numbers: "fifty", "twenty-five", "two hundred and fifty", "a dozen",
// "half a million", "3 million" (the scale half). A small state machine over word tokens:
// `current` holds the part below the last big scale word, `total` what is above it.
import { SCALES, SMALL_NUMBERS, TENS } from "./numbers-lexicon";
import { type Token, glued } from "./numbers-tokens";

export interface WordNumber {
  value: number;
  next: number; // index of the first token after the number
}

const BIG_SCALES = new Set(["thousand", "million", "billion", "trillion"]);

function isNumberWord(t: Token | undefined): boolean {
  if (!t || t.kind !== "word") return false;
  return t.lower in SMALL_NUMBERS || t.lower in TENS || t.lower === "hundred" || BIG_SCALES.has(t.lower);
}

/** "a hundred", "a dozen", "half a million": the article stands for one (or a half). */
function readArticleStart(tokens: readonly Token[], i: number): WordNumber | null {
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || !next) return null;
  if ((t.lower === "a" || t.lower === "an") && next.lower === "dozen") return { value: 12, next: i + 2 };
  if ((t.lower === "a" || t.lower === "an") && (next.lower === "hundred" || BIG_SCALES.has(next.lower))) {
    return readNumberWordsFrom(tokens, i + 1, 1);
  }
  const after = tokens[i + 2];
  if (t.lower === "half" && next.lower === "a" && after) {
    if (after.lower === "dozen") return { value: 6, next: i + 3 };
    if (BIG_SCALES.has(after.lower)) return { value: 0.5 * (SCALES[after.lower] ?? 1), next: i + 3 };
  }
  return null;
}

function readNumberWordsFrom(tokens: readonly Token[], start: number, seed: number): WordNumber | null {
  let total = 0;
  let current = seed;
  let last: "none" | "small" | "tens" | "hundred" | "scale" = seed ? "small" : "none";
  let i = start;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t) break;
    // "twenty-five": a hyphen glued on both sides joins two number words.
    if (t.text === "-" && last === "tens" && glued(tokens[i - 1], t) && glued(t, tokens[i + 1])) {
      i++;
      continue;
    }
    if (t.lower === "and" && (last === "hundred" || last === "scale") && isNumberWord(tokens[i + 1])) {
      i++;
      continue;
    }
    if (t.kind !== "word") break;
    const w = t.lower;
    if (w in SMALL_NUMBERS && last !== "small") {
      current += SMALL_NUMBERS[w] ?? 0;
      last = "small";
    } else if (w in TENS && (last === "none" || last === "hundred" || last === "scale")) {
      current += TENS[w] ?? 0;
      last = "tens";
    } else if (w === "hundred" && last !== "hundred" && last !== "none") {
      current = (current || 1) * 100;
      last = "hundred";
    } else if (w === "dozen" && last !== "none") {
      current = (current || 1) * 12;
      last = "scale";
    } else if (BIG_SCALES.has(w) && last !== "none" && last !== "scale") {
      total += (current || 1) * (SCALES[w] ?? 1);
      current = 0;
      last = "scale";
    } else break;
    i++;
  }
  if (last === "none") return null;
  return { value: total + current, next: i };
}

/** Reads a spelled-out number starting at tokens[i], or null when none starts there. */
export function readNumberWords(tokens: readonly Token[], i: number): WordNumber | null {
  return readArticleStart(tokens, i) ?? readNumberWordsFrom(tokens, i, 0);
}
