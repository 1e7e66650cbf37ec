// Parenthetical asides describe; they do not state. "Ivan Tertel, head of Belarus's KGB, told
// state television ..." is a statement about what Tertel told television, and the words of its
// appositive ("head of Belarus's KGB") would otherwise make it look like any other sentence
// about the KGB's head. The aligner gives words found only in asides less weight.
// Each kind of aside is one named rule; the list is ordered from the most certain.

import { joinVerbs, REPORTING_VERBS } from "./reporting-verbs";

export interface AsideRule {
  name: string;
  pattern: RegExp;
}

// Words that open a descriptive comma clause after a name or noun.
const RELATIVE = "who|whom|whose|which|where";
const KNOWN_AS = "(?:commonly |also |better |formerly |widely )?known as|dubbed|nicknamed";
const DESCRIPTOR = "(?:the |a |an )?(?:head|chief|leader|director|president|chairman|chairwoman|chair|spokesman|spokeswoman|spokesperson|minister|secretary|member|founder|owner|editor|author|governor|mayor|ceo|general|commander|professor|deputy|former|then|longtime|veteran|senior|top)\\b";

// The attribution tail ends on a reporting verb, or on "told" and its listener ("told reporters").
const TAIL_VERBS = `${joinVerbs(REPORTING_VERBS)}|told [a-z]+`;

export const ASIDE_RULES: readonly AsideRule[] = [
  { name: "parentheses", pattern: /\(([^()]{2,200})\)/g },
  { name: "dash-pair", pattern: /\s[—–]\s([^—–]{2,200}?)\s[—–]\s/g },
  { name: "relative-clause", pattern: new RegExp(`,\\s((?:${RELATIVE})\\s[^,;]{2,160}?),`, "gi") },
  { name: "known-as", pattern: new RegExp(`,\\s((?:${KNOWN_AS})\\s[^,;]{1,80}?),`, "gi") },
  // The comma comes before the look-behind: led by the look-behind, every position of a long
  // run of letters would scan the run back to its start (quadratic; 200,000 letters took 17 s).
  { name: "appositive-after-name", pattern: new RegExp(`,(?<=\\p{Lu}[\\p{L}'’.-]+,)\\s(${DESCRIPTOR}[^,;]{0,100}?),`, "giu") },
  { name: "age", pattern: /,\s(\d{1,3}|aged \d{1,3}),/g },
  // The attribution at the end of a report ("..., the transport department said.") names the
  // source, not the statement; two different statements from one source share it.
  { name: "attribution-tail", pattern: new RegExp(`,\\s((?:according to|citing)\\s[^,;]{1,80}?|[^,;"“”]{1,80}?\\s(?:${TAIL_VERBS}))[.!]?["”]?$`, "giu") },
];

/** The asides of a sentence, as written, in order of appearance. */
export function findAsides(text: string, rules: readonly AsideRule[] = ASIDE_RULES): string[] {
  const found: { at: number; text: string }[] = [];
  for (const rule of rules) {
    for (const m of text.matchAll(rule.pattern)) {
      const inner = m[1];
      if (!inner || m.index === undefined) continue;
      const at = m.index + m[0].indexOf(inner);
      if (found.some((f) => at < f.at + f.text.length && f.at < at + inner.length)) continue;
      found.push({ at, text: inner.trim() });
    }
  }
  return found.sort((a, b) => a.at - b.at).map((f) => f.text);
}
