// Two ways to bring inflected words together:
// - stemWord: Porter stems for the matcher's term overlap ("negotiations" ~ "negotiate");
//   cheap and recall-friendly, but stems are not words.
// - deinflectWord: candidate dictionary forms for the WordNet lookup ("denied" → "deny"),
//   tried in order by the caller until one is in the lexicon.
import { stemmer } from "stemmer";
import { lookupIrregular, lookupProtectedStem } from "./stem-irregular";

// Every sentence of every source is stemmed word by word and news vocabulary repeats a lot,
// so a memo pays for itself; the cap keeps a long-lived server from growing without bound.
const MEMO_LIMIT = 50_000;
const stemMemo = new Map<string, string>();

export function stemWord(word: string): string {
  const lower = word.toLowerCase();
  const cached = stemMemo.get(lower);
  if (cached !== undefined) return cached;
  const stem = computeStem(lower);
  if (stemMemo.size >= MEMO_LIMIT) stemMemo.clear();
  stemMemo.set(lower, stem);
  return stem;
}

function computeStem(lower: string): string {
  const protectedStem = lookupProtectedStem(lower);
  if (protectedStem !== undefined) return protectedStem;
  const lemma = lookupIrregular(lower) ?? lower;
  return lookupProtectedStem(lemma) ?? stemmer(lemma);
}

const VOWEL = /[aeiou]/;
const DOUBLED_END = /([bdfgklmnprtvz])\1$/;

/** Suffix rules in the order English uses them most; each may yield several candidates. */
const SUFFIX_RULES: readonly { suffix: string; candidates: (base: string) => string[] }[] = [
  { suffix: "ies", candidates: (base) => [base + "y"] },
  { suffix: "ied", candidates: (base) => [base + "y"] },
  { suffix: "ing", candidates: (base) => [base, base + "e", undouble(base)] },
  { suffix: "ed", candidates: (base) => [base, base + "e", undouble(base)] },
  { suffix: "es", candidates: (base) => [base, base + "e"] },
  { suffix: "s", candidates: (base) => (base.endsWith("s") ? [] : [base]) },
  { suffix: "est", candidates: (base) => [base, base + "e", undouble(base)] },
  { suffix: "er", candidates: (base) => [base, base + "e", undouble(base)] },
];

function undouble(base: string): string {
  return DOUBLED_END.test(base) ? base.slice(0, -1) : base;
}

/**
 * Dictionary-form candidates of a lowercase word, most likely first, the word itself excluded.
 * Over-generates on purpose ("stated" → "stat", "state"): the lexicon decides which exists.
 */
export function deinflectWord(word: string): string[] {
  const lower = word.toLowerCase();
  const irregular = lookupIrregular(lower);
  if (irregular !== undefined) return [irregular];
  const found: string[] = [];
  for (const rule of SUFFIX_RULES) {
    if (!lower.endsWith(rule.suffix)) continue;
    const base = lower.slice(0, -rule.suffix.length);
    // A base needs a vowel to be a word: "red" is not "r" + "ed", "sing" not "s" + "ing".
    if (base.length < 2 || !VOWEL.test(base.replace(/y$/, ""))) continue;
    for (const candidate of rule.candidates(base)) {
      if (candidate !== lower && !found.includes(candidate)) found.push(candidate);
    }
  }
  return found;
}
