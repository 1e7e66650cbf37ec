// Negation cues in a sentence's folded tokens. The classifier compares the parity of the cues
// of two aligned sentences ("X was not invited" vs "X was invited"), so a cue must reverse the
// truth of what the sentence states. What we count, and why:
// - grammatical negators: not, n't, never, no, none, nobody, nothing, nowhere, neither…nor
//   (counted once: "neither A nor B" is one negation), without, cannot;
// - verbs that negate their complement: "denied (that)", "refused to", "declined to",
//   "failed to": "he denied meeting X" ≈ "he did not meet X";
// - "rule out": "police ruled out sabotage" ≈ "sabotage was not the cause", so "has not ruled
//   out further strikes" affirms that strikes may come (two cues, even parity);
// - verbs of omission: "skipped", "ignored", "neglected", "omitted": "ministers skipped the
//   consultation" ≈ "ministers did not consult", so the two must not read as a negation conflict.
// What we do NOT count:
// - "rejected", "dismissed", "turned down": predicates with an object. "The offer was rejected"
//   is an event, not the negation of one; two outlets saying "rejected" and "turned down"
//   agree, and "rejected" vs "accepted" is an antonym pair, not a negated sentence;
// - "not only … but also", which affirms both halves;
// - "could not be more …" / "couldn't agree more": a negated comparative after "could" or "can"
//   is emphasis ("the timing couldn't be more dramatic" = very dramatic). "Will not be more
//   than 2%" has no such modal, and "could not be more than 5 km away" has "than": both count.
// "No longer" counts (it denies the present state). "No." for "number" ("No. 2") would count
// too; it is rare in news prose and we accept it.

type NegationRule = [name: string, match: (tokens: readonly string[], i: number) => string | null];

const NEGATORS = new Set(["not", "never", "no", "none", "nobody", "nothing", "nowhere", "without", "cannot"]);
const COMPLEMENT_VERBS = new Set([
  "refused", "refuses", "refuse", "refusing", "declined", "declines", "decline", "declining",
  "failed", "fails", "fail", "failing",
]);
const DENIAL_VERBS = new Set(["denied", "denies", "deny", "denying"]);
const RULE_FORMS = new Set(["rule", "rules", "ruled", "ruling"]);
// Inflected forms only: the bare words are nouns as often as verbs ("blamed on neglect").
const OMISSION_VERBS = new Set([
  "skipped", "skipping", "ignored", "ignores", "ignoring", "neglected", "neglecting", "omitted", "omits", "omitting",
]);

const EMPHATIC_MODALS = new Set(["could", "can", "ca", "couldn't", "can't", "cannot"]);
const isComparative = (w: string | undefined) => w !== undefined && (w === "more" || w === "less" || w === "better" || w === "worse" || (w.length > 5 && /[^e]er$/.test(w) && !NEGATORS.has(w)));

/** "couldn't be more dramatic", "could not agree more": the negator at i, after a modal, before a comparative without "than". */
function isEmphaticComparative(t: readonly string[], i: number): boolean {
  const word = t[i] ?? "";
  const modal = word === "not" || word === "n't" ? EMPHATIC_MODALS.has(t[i - 1] ?? "") : EMPHATIC_MODALS.has(word) && /n't$|^cannot$/.test(word);
  if (!modal) return false;
  const next = t[i + 1] === "be" || t[i + 1] === "agree" || t[i + 1] === "have" ? i + 2 : i + 1;
  const comparative = t[i + 1] === "agree" ? t[next] === "more" : isComparative(t[next]);
  return comparative && t[next + 1] !== "than";
}

const NEGATION_RULES: readonly NegationRule[] = [
  ["a negated comparative after could is emphasis", (t, i) => (isEmphaticComparative(t, i) ? "" : null)],
  // "not only ... but also" affirms both halves.
  ["not only is not a negation", (t, i) => (t[i] === "not" && t[i + 1] === "only" ? "" : null)],
  ["n't contractions", (t, i) => (/n't$/.test(t[i] ?? "") || t[i] === "n't" ? "not" : null)],
  ["plain negators", (t, i) => (NEGATORS.has(t[i] ?? "") ? (t[i] ?? null) : null)],
  ["neither ... nor counts once", (t, i) => {
    if (t[i] === "neither") return "neither";
    return t[i] === "nor" && !t.slice(0, i).includes("neither") ? "nor" : null;
  }],
  // "declined to comment" is a refusal too; "prices declined 3%" has no "to" and is not.
  ["refused/declined/failed to", (t, i) => (COMPLEMENT_VERBS.has(t[i] ?? "") && t[i + 1] === "to" ? `${t[i]} to` : null)],
  ["denied", (t, i) => (DENIAL_VERBS.has(t[i] ?? "") ? (t[i] ?? null) : null)],
  ["rule out", (t, i) => (RULE_FORMS.has(t[i] ?? "") && t[i + 1] === "out" ? `${t[i]} out` : null)],
  ["verbs of omission", (t, i) => (OMISSION_VERBS.has(t[i] ?? "") ? (t[i] ?? null) : null)],
];

/** Negating words or phrases, in order ("not" for every n't form). */
export function findNegations(tokens: readonly string[]): string[] {
  const found: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const [, match] of NEGATION_RULES) {
      const cue = match(tokens, i);
      if (cue === null) continue;
      if (cue !== "") found.push(cue);
      break;
    }
  }
  return found;
}
