// Ages given by decade: "in his late 30s", "in her early fifties", "in late 30s". One outlet
// prints a survivor's age as 40, another as "in his late 30s": two reports of one age that
// disagree, which a figure reader that sees only "30" (or nothing) cannot tell. The decade
// becomes an age in years with the range it allows, so 40 against the late 30s conflicts and
// 38 against them agrees (numbers-agree.ts reads the range).
import type { NumberMention } from "../types";

const TENS: Record<string, number> = { twenties: 20, thirties: 30, forties: 40, fifties: 50, sixties: 60, seventies: 70, eighties: 80, nineties: 90 };
const PART: Record<string, [number, number]> = { early: [0, 3], mid: [3, 6], "mid-": [3, 6], late: [6, 9] };

// "in" and a possessive, or "in" and a part of the decade: "in the 80s" is an era, not an age.
const DECADE = /\bin\s+(?:(?:his|her|their)\s+(early|mid-?|late)?[\s-]*|(early|mid-?|late)[\s-]+)(\d0s|twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)\b/gi;

export function findAgeDecades(text: string): NumberMention[] {
  const out: NumberMention[] = [];
  for (const m of text.matchAll(DECADE)) {
    const part = (m[1] ?? m[2] ?? "").toLowerCase();
    const word = m[3]!.toLowerCase();
    const tens = TENS[word] ?? Number(word.slice(0, -1));
    if (!tens || tens < 20) continue;
    const [from, to] = PART[part] ?? [0, 9];
    // The value as written starts at the part of the decade, after "in his".
    const start = m.index + m[0].search(/early|mid|late|\d0s|[a-z]+ties/i);
    out.push({ text: text.slice(start, m.index + m[0].length), value: tens + (from + to) / 2, unit: "years", bound: "about", counted: null, range: [tens + from, tens + to], start, end: m.index + m[0].length });
  }
  return out;
}

/** The decades in place of any figure read inside them ("30" of "30s"), in reading order. */
export function addAgeDecades(mentions: NumberMention[], text: string): NumberMention[] {
  const decades = findAgeDecades(text);
  if (decades.length === 0) return mentions;
  const inside = (n: NumberMention) => decades.some((d) => n.start !== undefined && n.start < d.end! && (n.end ?? n.start) > d.start!);
  return [...mentions.filter((n) => !inside(n)), ...decades].sort((a, b) => (a.start ?? 0) - (b.start ?? 0));
}
