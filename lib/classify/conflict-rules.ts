import type { ConflictType, EntityType, SentenceAnalysis } from "../types";

// Each kind of conflict is one small rule over two aligned statements (each a source's merged
// sentences). A rule answers with the two differing values, or null. Rules only look for
// concrete details that both statements give: a detail only one source states is extra
// information, not a contradiction.

export interface Side {
  analysis: SentenceAnalysis;
  text: string;
}

export interface ConflictRule {
  type: ConflictType;
  find(a: Side, b: Side): [string, string] | null;
}

export interface ConflictDeps {
  numbersAgree: (x: SentenceAnalysis["numbers"][number], y: SentenceAnalysis["numbers"][number]) => boolean;
  datesAgree: (x: SentenceAnalysis["dates"][number], y: SentenceAnalysis["dates"][number]) => boolean | null;
}

const WORD = /[\p{L}\p{N}]+/gu;
const foldWords = (s: string) => (s.toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, "").match(WORD) ?? []);

function findNumberConflict(deps: ConflictDeps) {
  return (a: Side, b: Side): [string, string] | null => {
    const na = a.analysis.numbers, nb = b.analysis.numbers;
    const onlyA = na.filter((x) => !nb.some((y) => deps.numbersAgree(x, y)));
    const onlyB = nb.filter((y) => !na.some((x) => deps.numbersAgree(x, y)));
    for (const x of onlyA) for (const y of onlyB) if (x.unit === y.unit || !x.unit || !y.unit) return [x.text, y.text];
    return null;
  };
}

function findDateConflict(deps: ConflictDeps) {
  return (a: Side, b: Side): [string, string] | null => {
    for (const x of a.analysis.dates) {
      if (b.analysis.dates.some((y) => deps.datesAgree(x, y) !== false)) continue;
      const y = b.analysis.dates.find((d) => deps.datesAgree(x, d) === false);
      if (y && !a.analysis.dates.some((d) => deps.datesAgree(d, y) !== false)) return [x.text, y.text];
    }
    return null;
  };
}

/** Two quotations that share words but not their wording: the same remark, quoted differently. */
function findQuoteConflict(a: Side, b: Side): [string, string] | null {
  let best: [string, string] | null = null, bestShared = 0;
  for (const qa of a.analysis.quotes) {
    const wa = new Set(foldWords(qa));
    for (const qb of b.analysis.quotes) {
      const wb = foldWords(qb);
      if (wb.join(" ") === [...foldWords(qa)].join(" ")) return null;
      const shared = new Set(wb.filter((w) => wa.has(w) && w.length > 3)).size;
      if (shared > bestShared) { best = [qa, qb]; bestShared = shared; }
    }
  }
  return best;
}

function findAttributionConflict(a: Side, b: Side): [string, string] | null {
  const sa = a.analysis.speakers, sb = b.analysis.speakers;
  if (!sa.length || !sb.length || sa.some((x) => sb.includes(x))) return null;
  const keys = new Set([...a.analysis.entities, ...b.analysis.entities].map((e) => e.key));
  // A speaker the other sentence names in another role is the same voice reported differently.
  if (sa.some((x) => b.analysis.entities.some((e) => e.key === x)) || sb.some((x) => a.analysis.entities.some((e) => e.key === x))) return null;
  return keys.size ? [sa.join(", "), sb.join(", ")] : null;
}

function findNegationConflict(a: Side, b: Side): [string, string] | null {
  const na = a.analysis.negations.length % 2, nb = b.analysis.negations.length % 2;
  if (na === nb) return null;
  const negated = na ? a : b;
  const word = negated.analysis.negations[0] ?? "not";
  return na ? [word, "(affirms)"] : ["(affirms)", word];
}

function findEntityConflict(type: EntityType) {
  return (a: Side, b: Side): [string, string] | null => {
    const ea = a.analysis.entities.filter((e) => e.type === type), eb = b.analysis.entities.filter((e) => e.type === type);
    const onlyA = ea.filter((x) => !b.analysis.entities.some((y) => y.key === x.key));
    const onlyB = eb.filter((y) => !a.analysis.entities.some((x) => x.key === y.key));
    if (!onlyA.length || !onlyB.length) return null;
    return [onlyA.map((e) => e.text).join(", "), onlyB.map((e) => e.text).join(", ")];
  };
}

export function listConflictRules(deps: ConflictDeps): ConflictRule[] {
  return [
    { type: "quote", find: findQuoteConflict },
    { type: "number", find: findNumberConflict(deps) },
    { type: "date", find: findDateConflict(deps) },
    { type: "negation", find: findNegationConflict },
    { type: "attribution", find: findAttributionConflict },
    { type: "name", find: findEntityConflict("person") },
    { type: "place", find: findEntityConflict("place") },
  ];
}
