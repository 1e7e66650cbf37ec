// The number part of the analyze step: every quantity in a sentence with its value, unit and
// bound ("more than 50", "$2.5 billion", "4.4%", "half a million"). Reading order around the
// figure: bound phrase, currency, figure or number words, scale, unit, trailing bound.
// Figures that are dates, times or codes are dropped by ./numbers-skip-rules.
import type { NumberMention } from "../types";
import { findDateSpans } from "./dates";
import {
  BOUNDS_AFTER, BOUNDS_BEFORE, type Bound, CURRENCY_BEFORE, MONEY_ONLY_SCALES, SCALES, UNIT_PAIRS, UNIT_TRIPLES, UNIT_WORDS,
} from "./numbers-lexicon";
import { shouldSkip } from "./numbers-skip-rules";
import { type Token, cleanFloat, figureValue, glued, tokenizeForNumbers, wordsAfter, wordsBefore } from "./numbers-tokens";
import { addAgeDecades } from "./numbers-decades";
import { readFractionPart, shareRangeUnits } from "./numbers-fractions";
import { readNumberWords } from "./numbers-words";
import { isReportingVerb } from "./reporting-verbs";
import { stemWord } from "./stem";

export { numbersAgree } from "./numbers-agree";

// Spelled-out scales are always scales; short ones only when glued ("$2bn") or unmistakable.
const SPACED_SCALES = new Set(["hundred", "thousand", "million", "billion", "trillion", "bn", "mn", "mln", "bln", "tn"]);

interface Reading {
  first: number; // index of the first token of the mention
  next: number; // index after the last token of the mention
  value: number;
  unit: string | null;
  bound: Bound;
}

function readCurrency(tokens: readonly Token[], i: number): { unit: string; first: number } | null {
  const prev = tokens[i - 1];
  if (!prev || !(prev.lower in CURRENCY_BEFORE)) return null;
  if (prev.kind === "word" && glued(prev, tokens[i])) return null; // "EUR5" is a code
  const first = prev.text === "$" && tokens[i - 2]?.lower === "us" && glued(tokens[i - 2], prev) ? i - 2 : i - 1;
  return { unit: CURRENCY_BEFORE[prev.lower] ?? "usd", first };
}

function readScale(tokens: readonly Token[], j: number, money: boolean): { factor: number; next: number } | null {
  const t = tokens[j];
  if (!t || t.kind !== "word") return null;
  if (glued(tokens[j - 1], t)) {
    const factor = SCALES[t.lower] ?? (money ? MONEY_ONLY_SCALES[t.lower] : undefined);
    return factor ? { factor, next: j + 1 } : null;
  }
  return SPACED_SCALES.has(t.lower) ? { factor: SCALES[t.lower] ?? 1, next: j + 1 } : null;
}

function readUnit(tokens: readonly Token[], j: number): { unit: string; next: number } | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.text === "%" || t.text === "٪") return { unit: "%", next: j + 1 };
  // "50-year-old", "5-km": a hyphen glued on both sides.
  if (t.text === "-" && glued(tokens[j - 1], t) && glued(t, tokens[j + 1])) {
    const unit = UNIT_WORDS[tokens[j + 1]?.lower ?? ""];
    return unit ? { unit, next: j + 2 } : null;
  }
  const words = wordsAfter(tokens, j, 3);
  if (glued(tokens[j - 1], t) && t.kind === "word") words.splice(1); // "5km": one glued word only
  const triple = UNIT_TRIPLES[words.join(" ")];
  if (triple && words.length === 3) return { unit: triple, next: j + 3 };
  words.splice(2);
  const pair = UNIT_PAIRS[words.join(" ")];
  if (pair && words.length === 2) return { unit: pair, next: j + 2 };
  const unit = words[0] ? UNIT_WORDS[words[0]] : undefined;
  return unit ? { unit, next: j + 1 } : null;
}

const BOUND_PHRASES = BOUNDS_BEFORE.map(([phrase, bound]) => [phrase.split(" "), bound] as const);

function readBoundBefore(tokens: readonly Token[], first: number): { bound: Bound; first: number } | null {
  const before = wordsBefore(tokens, first, 3);
  if (before.length === 0) return null;
  for (const [words, bound] of BOUND_PHRASES) {
    if (words.length <= before.length && words.every((w, k) => before[before.length - words.length + k] === w)) {
      return { bound, first: first - words.length };
    }
  }
  return null;
}

function readBoundAfter(tokens: readonly Token[], j: number): { bound: Bound; next: number } | null {
  const t = tokens[j];
  if (t?.text === "+" && glued(tokens[j - 1], t)) return { bound: "more", next: j + 1 };
  if (t?.text === "-" && tokens[j + 1]?.lower === "plus" && glued(t, tokens[j + 1])) return { bound: "more", next: j + 2 };
  const words = wordsAfter(tokens, j, 2);
  const two = BOUNDS_AFTER[words.join(" ")];
  if (two && words.length === 2) return { bound: two, next: j + 2 };
  return words[0] === "plus" ? { bound: "more", next: j + 1 } : null;
}

function readQuantity(tokens: readonly Token[], i: number): Reading | null {
  const t = tokens[i];
  if (!t) return null;
  const currency = t.kind === "num" ? readCurrency(tokens, i) : null;
  let value: number;
  let next: number;
  if (t.kind === "num") {
    value = figureValue(t);
    next = i + 1;
    const fraction = /^\d+$/.test(t.text) ? readFractionPart(tokens, next) : null;
    if (fraction) [value, next] = [value + fraction.value, fraction.next];
    const scale = readScale(tokens, next, currency !== null);
    if (scale) [value, next] = [value * scale.factor, scale.next];
  } else {
    const words = readNumberWords(tokens, i);
    if (!words) return null;
    [value, next] = [words.value, words.next];
  }
  const unit = readUnit(tokens, next);
  if (unit) next = unit.next;
  const after = readBoundAfter(tokens, next);
  if (after) next = after.next;
  const first = currency?.first ?? i;
  const before = readBoundBefore(tokens, first);
  return {
    first: before?.first ?? first,
    next,
    value: cleanFloat(value),
    unit: unit?.unit ?? currency?.unit ?? null,
    bound: before?.bound ?? after?.bound ?? "exact",
  };
}

// Words that follow a count without being what it counts: "12 of them", "40 in all", and the
// reporting verbs ("40 said they ...", one list: reporting-verbs.ts).
const NOT_COUNTED = new Set([
  "of", "in", "on", "at", "to", "and", "or", "the", "a", "an", "per", "from", "for", "by", "with", "more", "than",
  "is", "are", "was", "were", "had", "have", "has", "will", "would", "who", "which", "that",
]);

/** "2,300 jobs", "412 flights": the plain noun right after a count without a unit. */
function readCountedNoun(tokens: readonly Token[], j: number): string | null {
  const t = tokens[j];
  if (!t || t.kind !== "word" || t.text !== t.lower || NOT_COUNTED.has(t.lower) || isReportingVerb(t.lower)) return null;
  return stemWord(t.lower);
}

export function extractNumbers(text: string): NumberMention[] {
  const tokens = tokenizeForNumbers(text);
  // Dates claim their figures and words first: "Oct. 19", "in 2024", "two days ago".
  const dateSpans = findDateSpans(text);
  const out: NumberMention[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const candidate = t !== undefined && t.kind !== "sym" && !shouldSkip({ tokens, i, dateSpans });
    const reading = candidate ? readQuantity(tokens, i) : null;
    if (!reading) {
      i++;
      continue;
    }
    const start = tokens[reading.first]?.start ?? 0;
    const end = tokens[reading.next - 1]?.end ?? text.length;
    const counted = reading.unit === null ? readCountedNoun(tokens, reading.next) : null;
    out.push({ text: text.slice(start, end), value: reading.value, unit: reading.unit, bound: reading.bound, counted, start, end });
    i = reading.next;
  }
  return addAgeDecades(shareRangeUnits(out, text), text);
}
