// The claims step: a sentence cut into the parts that each state one fact, as spans of the
// sentence. A cut is kept only when both sides keep enough words to state something, so a
// short aside stays with its clause. Linear in the sentence: one tokenisation, one pass.
import { createWordCounter, tokenize, type Token } from "../text/tokenize";
import { BOUNDARY_RULES, type Boundary, type BoundaryRule } from "./boundary-rules";

export interface Claim {
  start: number; // UTF-16 offsets into the sentence, end exclusive
  end: number;
  /** The rule that cut this claim from the one before; null for a sentence's first claim. */
  rule: string | null;
}

export const MIN_CLAIM_WORDS = 4;

function findBoundaries(tokens: readonly Token[], rules: readonly BoundaryRule[]): Boundary[] {
  const found: Boundary[] = [];
  for (let k = 0; k < tokens.length; k++) {
    for (const rule of rules) {
      const boundary = rule(tokens, k);
      if (boundary) {
        found.push(boundary);
        break;
      }
    }
  }
  return found;
}

const OPENING = new Set(["“", "«"]);
const CLOSING = new Set(["”", "»"]);

/**
 * Which tokens stand inside a quotation. A quotation is one remark however many facts it
 * names, and a rival outlet quotes or words it as a whole, so no claim is cut inside one. A
 * closing mark with no opening one ends a quotation that began in the sentence before; an
 * opening mark never closed runs to the end of the sentence.
 */
function markQuoted(tokens: readonly Token[]): boolean[] {
  const inside = tokens.map(() => false);
  let open = -1;
  let marked = 0; // tokens before this are settled: each is marked at most once (linear)
  tokens.forEach((t, k) => {
    const straight = t.text === '"';
    if (OPENING.has(t.text) || (straight && open < 0)) { open = k; return; }
    if (!CLOSING.has(t.text) && !straight) return;
    for (let m = Math.max(open, marked); m < k; m++) inside[m] = true;
    marked = k;
    open = -1;
  });
  if (open >= 0) for (let m = open; m < tokens.length; m++) inside[m] = true;
  return inside;
}

export function splitClaims(text: string, rules: readonly BoundaryRule[] = BOUNDARY_RULES): Claim[] {
  const tokens = tokenize(text);
  const quoted = markQuoted(tokens);
  // A sentence of a thousand semicolons asks for a count a thousand times (decision 0050).
  const words = createWordCounter(tokens);
  const claims: Claim[] = [];
  let from = 0; // token index where the current claim starts
  let rule: string | null = null;
  for (const b of findBoundaries(tokens, rules)) {
    if (b.cut <= from || (quoted[b.cut - 1] && quoted[b.at])) continue;
    if (words(from, b.cut) < MIN_CLAIM_WORDS || words(b.at, tokens.length) < MIN_CLAIM_WORDS) continue;
    claims.push({ start: tokens[from]!.start, end: tokens[b.cut - 1]!.end, rule });
    from = b.at;
    rule = b.rule;
  }
  const last = tokens[tokens.length - 1];
  claims.push({ start: tokens[from]?.start ?? 0, end: last ? last.end : text.length, rule });
  return claims;
}
