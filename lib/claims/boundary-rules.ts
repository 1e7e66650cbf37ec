// Where news prose joins two facts in one sentence, as small named rules in an ordered list
// (the way lib/segment keeps its edge cases). Each rule looks at the tokens around one position
// and may name a boundary there: the second claim starts at `at` (a token index); the joining
// mark or word before it belongs to neither claim. Rules read words and marks only.
import type { Token } from "../text/tokenize";

export interface Boundary {
  rule: string;
  /** Token index where the first claim ends (exclusive). */
  cut: number;
  /** Token index where the second claim starts. */
  at: number;
}

export type BoundaryRule = (tokens: readonly Token[], k: number) => Boundary | null;

const lower = (t: Token | undefined) => t?.text.toLowerCase() ?? "";
const isMark = (t: Token | undefined, mark: string) => t?.kind === "mark" && t.text === mark;

// Words ending in -ing that are not participles opening a clause of their own.
const NOT_PARTICIPLES = new Set([
  "including", "according", "following", "during", "regarding", "concerning", "excluding", "notwithstanding",
  "morning", "evening", "nothing", "something", "anything", "everything", "thing", "king", "ring", "spring",
  "string", "wing", "ceiling", "bring", "sing", "swing", "sting", "viking", "darling", "pudding", "beijing",
]);

// Words that open a clause with its own subject after "and", "but", "while".
const SUBJECT_OPENERS = new Set([
  "the", "a", "an", "it", "he", "she", "they", "we", "i", "you", "its", "his", "her", "their", "our", "this",
  "that", "these", "those", "there", "officials", "police", "authorities",
]);

const opensClause = (t: Token | undefined) => t !== undefined && t.kind === "word" && (SUBJECT_OPENERS.has(lower(t)) || /^\p{Lu}/u.test(t.text));

/** "…, killing at least 69" / "…, sharply raising …": a participle after a comma carries a fact. */
export const participleTail: BoundaryRule = (tokens, k) => {
  if (!isMark(tokens[k], ",")) return null;
  let next = k + 1;
  if (lower(tokens[next]).endsWith("ly") && tokens[next]!.text.length > 4) next++;
  const word = lower(tokens[next]);
  if (tokens[next]?.kind !== "word" || word.length < 5 || !word.endsWith("ing") || NOT_PARTICIPLES.has(word)) return null;
  return { rule: "participle tail", cut: k, at: k + 1 };
};

/** "…; the bank said …": a semicolon joins two statements. */
export const semicolonClauses: BoundaryRule = (tokens, k) => (isMark(tokens[k], ";") ? { rule: "semicolon", cut: k, at: k + 1 } : null);

const JOINERS = new Set(["and", "but", "while", "whereas", "though", "although"]);

/** "…, and the court ordered …" / "… while officials said …": two main clauses. */
export const coordinatedClauses: BoundaryRule = (tokens, k) => {
  const comma = isMark(tokens[k], ",");
  const joinerAt = comma ? k + 1 : k;
  const joiner = lower(tokens[joinerAt]);
  if (!JOINERS.has(joiner)) return null;
  if (!comma && joiner !== "while" && joiner !== "whereas") return null;
  if (!opensClause(tokens[joinerAt + 1])) return null;
  return { rule: "coordinated clauses", cut: k, at: joinerAt + 1 };
};

/** "…, who has ruled since 1994": a relative clause with a fact of its own. */
export const relativeClause: BoundaryRule = (tokens, k) => {
  if (!isMark(tokens[k], ",")) return null;
  const word = lower(tokens[k + 1]);
  return word === "who" || word === "which" || word === "whose" ? { rule: "relative clause", cut: k, at: k + 1 } : null;
};

/** In order: the first rule that names a boundary at a position decides it. */
export const BOUNDARY_RULES: readonly BoundaryRule[] = [semicolonClauses, participleTail, coordinatedClauses, relativeClause];
