// Figures that news copy writes with fractions, and ranges whose unit is written once. The Fed's
// own statements give rates as "3-3/4 to 4 percent", markets write "3¾%", wire copy "3.75-4%":
// read as the figure alone, "3-3/4" was a bare 3 beside a "4 percent", a rival to any count of
// three in another outlet's sentence. Each reader is a small named rule over number tokens.
import type { NumberMention } from "../types";
import { type Token, glued } from "./numbers-tokens";

// Denominators of the fractions prose uses; "10/29" (a date) and "24/7" never qualify.
const DENOMINATORS = new Set([2, 3, 4, 8, 16]);

const VULGAR: Record<string, number> = { "½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8 };

const isNum = (t: Token | undefined): t is Token => t?.kind === "num" && /^\d+$/.test(t.text);

/** "N/D" glued at tokens[j], a proper fraction of a usual denominator: its value and the index after it. */
function readSlashFraction(tokens: readonly Token[], j: number): { value: number; next: number } | null {
  const [n, slash, d] = [tokens[j], tokens[j + 1], tokens[j + 2]];
  if (!isNum(n) || slash?.text !== "/" || !isNum(d) || !glued(n, slash) || !glued(slash, d)) return null;
  const num = Number(n.text), den = Number(d.text);
  if (!DENOMINATORS.has(den) || num <= 0 || num >= den) return null;
  // "3/4/5" is a code or a date, not a fraction.
  if (tokens[j + 3]?.text === "/" && glued(d, tokens[j + 3])) return null;
  return { value: num / den, next: j + 3 };
}

/**
 * The fractional part after a whole figure at tokens[j - 1]: "3-3/4", "3 1/2", "3¾". Null when
 * what follows is not a fraction of it.
 */
export function readFractionPart(tokens: readonly Token[], j: number): { value: number; next: number } | null {
  const t = tokens[j];
  if (!t) return null;
  if (t.kind === "sym" && t.text in VULGAR && glued(tokens[j - 1], t)) return { value: VULGAR[t.text]!, next: j + 1 };
  if (t.text === "-" && glued(tokens[j - 1], t) && glued(t, tokens[j + 1])) return readSlashFraction(tokens, j + 1);
  if (isNum(t) && !glued(tokens[j - 1], t)) return readSlashFraction(tokens, j);
  return null;
}

const RANGE_JOIN = /^\s*(?:-|–|—|to|and)\s*$/i;

/**
 * "3.75-4%", "3-3/4 to 4-1/4 percent", "between 3.75 and 4 per cent": a bare figure joined to the
 * next by a range word takes that figure's unit, which the writer gave once for both.
 */
export function shareRangeUnits(mentions: NumberMention[], text: string): NumberMention[] {
  for (let k = mentions.length - 2; k >= 0; k--) {
    const a = mentions[k]!, b = mentions[k + 1]!;
    if (a.unit !== null || b.unit === null || a.end === undefined || b.start === undefined) continue;
    if (!RANGE_JOIN.test(text.slice(a.end, b.start))) continue;
    mentions[k] = { ...a, unit: b.unit, counted: null };
  }
  return mentions;
}
