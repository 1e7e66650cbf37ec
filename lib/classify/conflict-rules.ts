import { sameQuantity } from "../normalize/same-quantity";
import { foldText } from "../normalize/fold-text";
import { isStopWord } from "../normalize/stop-words";
import { areTwoEvents, areTwoQuantities } from "./rival-guards";
import { mentionsNegated } from "./negation-scope";
import { playDifferentRoles, readPlaceRole } from "./place-roles";
import type { ConflictType, DateMention, EntityMention, EntityType, SentenceAnalysis } from "../types";

// Each kind of conflict is one small rule over two aligned statements (each a source's merged
// sentences). A rule answers with the two differing values, or null. Rules only look for
// concrete details that both statements give: a detail only one source states is extra
// information, not a contradiction.

export interface Side {
  analysis: SentenceAnalysis;
  text: string;
  /** Entity keys the side's whole article names: the names it knows, wherever it gives them. */
  articleKeys?: ReadonlySet<string>;
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
const foldWords = (s: string) => foldText(s).match(WORD) ?? [];

function findNumberConflict(deps: ConflictDeps) {
  return (a: Side, b: Side): [string, string] | null => {
    const na = a.analysis.numbers, nb = b.analysis.numbers;
    const onlyA = na.filter((x) => !nb.some((y) => deps.numbersAgree(x, y)));
    const onlyB = nb.filter((y) => !na.some((x) => deps.numbersAgree(x, y)));
    const context = { ownNumbers: na, otherNumbers: nb, ownText: a.text, otherText: b.text };
    for (const x of onlyA) for (const y of onlyB) if (sameQuantity(x, y, "rival-values") && !areTwoQuantities(x, y, context)) return [x.text, y.text];
    return null;
  };
}

function findDateConflict(deps: ConflictDeps) {
  // Dates years apart are two events, never rival values: they neither conflict nor agree.
  const rival = (x: DateMention, y: DateMention) => deps.datesAgree(x, y) === false && !areTwoEvents(x, y);
  const compatible = (x: DateMention, y: DateMention) => deps.datesAgree(x, y) !== false;
  return (a: Side, b: Side): [string, string] | null => {
    for (const x of a.analysis.dates) {
      if (b.analysis.dates.some((y) => compatible(x, y))) continue;
      const y = b.analysis.dates.find((d) => rival(x, d));
      if (y && !a.analysis.dates.some((d) => compatible(d, y))) return [x.text, y.text];
    }
    return null;
  };
}

/** A quotation must share this many content words with another to be the same remark. */
const QUOTE_SHARED_WORDS = 2;
const isContent = (w: string) => w.length > 2 && !isStopWord(w);

const containsWords = (longer: string[], shorter: string[]) => ` ${longer.join(" ")} `.includes(` ${shorter.join(" ")} `);

/**
 * Two quotations that share words but not their wording: the same remark, quoted differently.
 * Each quotation is judged on its own: a quote that is a stretch of one on the other side (an
 * outlet quoting only part of the remark) agrees, and does not vouch for a second quotation
 * beside it. One shared content word ("thing", "people") is two remarks that happen to meet. Quotations
 * with no remark in common conflict only when both sentences give them to the same voice: one
 * reaction reported in two wordings ("deeply disappointed" / "a setback for the region");
 * otherwise they may be two different remarks from one speech. A quotation whose words the
 * other sentence gives without quotation marks is reported speech, not a rival quote.
 */
function findQuoteConflict(a: Side, b: Side): [string, string] | null {
  const wordsA = a.analysis.quotes.map(foldWords), wordsB = b.analysis.quotes.map(foldWords);
  const inside = (q: string[], others: string[][]) => others.some((o) => containsWords(o, q));
  let best: [string, string] | null = null, bestShared = 0, related = false;
  wordsA.forEach((wa, i) => {
    const setA = new Set(wa);
    wordsB.forEach((wb, j) => {
      if (containsWords(wa, wb) || containsWords(wb, wa)) { related = true; return; }
      if (inside(wa, wordsB) || inside(wb, wordsA)) return;
      const shared = new Set(wb.filter((w) => setA.has(w) && isContent(w))).size;
      if (shared > 0) related = true;
      if (shared >= QUOTE_SHARED_WORDS && shared > bestShared) { best = [a.analysis.quotes[i]!, b.analysis.quotes[j]!]; bestShared = shared; }
    });
  });
  if (best || related) return best;
  const [qa, qb] = [a.analysis.quotes[0], b.analysis.quotes[0]];
  if (qa === undefined || qb === undefined || isReportedSpeech(qa, b) || isReportedSpeech(qb, a)) return null;
  const sameSpeaker = a.analysis.speakers.some((x) => b.analysis.speakers.some((y) => sameVoice(x, y)));
  return sameSpeaker ? [qa, qb] : null;
}

/** Most of the quotation's longer words stand unquoted in the other sentence. */
function isReportedSpeech(quote: string, other: Side): boolean {
  const unquoted = other.analysis.quotes.reduce((text, q) => text.replace(q, " "), other.text);
  const said = new Set(foldWords(unquoted));
  const words = foldWords(quote).filter(isContent);
  return words.length > 0 && words.filter((w) => said.has(w)).length / words.length >= 0.6;
}

// Speakers too vague to contradict anyone: "officials said" and "authorities said" may be the
// same people another outlet names.
const VAGUE_SPEAKERS = new Set(["official", "officials", "source", "sources", "authorities", "analyst", "analysts", "witness", "witnesses", "resident", "residents", "expert", "experts", "statement", "report", "reports"]);

/**
 * Who said it, when the two name different voices: a named person or organisation on one side
 * and a different named or institutional speaker ("the interior ministry") on the other.
 */
function findAttributionConflict(a: Side, b: Side): [string, string] | null {
  const named = (side: Side) => side.analysis.speakers.filter((k) => side.analysis.entities.some((e) => e.key === k && e.type !== "place"));
  const specific = (side: Side) => side.analysis.speakers.filter((k) => !VAGUE_SPEAKERS.has(k));
  const sa = specific(a), sb = specific(b);
  if (!sa.length || !sb.length || (!named(a).length && !named(b).length)) return null;
  // One voice named more or less fully ("Brightlane" / "Brightlane Payments"), or named by the
  // other sentence in another role, is the same voice reported differently.
  const keysA = [...sa, ...a.analysis.entities.map((e) => e.key)], keysB = [...sb, ...b.analysis.entities.map((e) => e.key)];
  if (sa.some((x) => keysB.some((y) => sameVoice(x, y))) || sb.some((y) => keysA.some((x) => sameVoice(x, y)))) return null;
  const nameOf = (side: Side, key: string) => side.analysis.entities.find((e) => e.key === key)?.text ?? key;
  return [sa.map((k) => nameOf(a, k)).join(", "), sb.map((k) => nameOf(b, k)).join(", ")];
}

function sameVoice(x: string, y: string): boolean {
  if (x === y) return true;
  const wx = x.split(/\s+/), wy = new Set(y.split(/\s+/));
  return wx.some((w) => w.length > 2 && wy.has(w));
}

// "without" negates a phrase, not the statement ("homes without power" = "homes lost power").
const statementNegations = (side: Side) => side.analysis.negations.filter((n) => n !== "without");

/** The negating words with the words around them, as the reader sees them: "did not confirm". */
function quoteNegation(text: string, cue: string): string {
  // "not" reads with its auxiliary ("did not confirm"); "no", "never", "denied" stand alone.
  const word = cue === "not" ? "(?:\\S+\\s+not|\\S*n[’']t)" : cue.replace(/\s+/g, "\\s+");
  const re = new RegExp(`\\b${word}\\b(?:\\s+\\S+){0,2}`, "i");
  return (re.exec(text)?.[0] ?? cue).replace(/[.,;:]+$/, "");
}

function findNegationConflict(a: Side, b: Side): [string, string] | null {
  const na = statementNegations(a), nb = statementNegations(b);
  if (na.length % 2 === nb.length % 2) return null;
  const [neg, side] = na.length % 2 ? [na, a] : [nb, b];
  if (!mentionsNegated(side.text, (side === a ? b : a).analysis)) return null;
  const value = quoteNegation(side.text, neg[0] ?? "not");
  return side === a ? [value, "(affirms)"] : ["(affirms)", value];
}

// An outlet that names the other's person or place elsewhere in its article knows of it: the
// two statements speak of two people or places, they do not dispute one (decision 0170).
const knows = (side: Side, key: string) => side.analysis.entities.some((e) => e.key === key) || (side.articleKeys?.has(key) ?? false);

function findEntityConflict(type: EntityType) {
  return (a: Side, b: Side): [string, string] | null => {
    const ea = a.analysis.entities.filter((e) => e.type === type), eb = b.analysis.entities.filter((e) => e.type === type);
    let onlyA = ea.filter((x) => !knows(b, x.key));
    let onlyB = eb.filter((y) => !knows(a, y.key));
    if (type === "place") {
      // A place is a rival only of a place in the same role (place-roles.ts).
      const role = (side: Side, e: EntityMention) => readPlaceRole(side.text, e);
      const rival = (x: EntityMention, y: EntityMention) => !playDifferentRoles(role(a, x), role(b, y));
      [onlyA, onlyB] = [onlyA.filter((x) => onlyB.some((y) => rival(x, y))), onlyB.filter((y) => onlyA.some((x) => rival(x, y)))];
    }
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
