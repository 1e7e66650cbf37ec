// A comparison's name when its creator gave none. Source 1's headline takes source 1's side
// ("…killing 14" where the toll is the very thing the sources dispute), and a first sentence is
// often three lines long. So the name comes from the fact most sources share, stated early in
// their articles (where the event itself is said), with the values they dispute taken out and
// trimmed to a headline's length by a few ordered rules.
import { indexSentences, listMemberParts, type SentenceIndex } from "../comparison/read-member";
import type { Comparison, Group, Sentence } from "../types";
import { foldText } from "../normalize/fold-text";
import { joinVerbs, REPORTING_VERBS } from "../normalize/reporting-verbs";
import { isStopWord } from "../normalize/stop-words";

export const MAX_TITLE_CHARS = 80;

interface Candidate {
  text: string;
  sources: number;
  /** Version 2: the part opens its sentence; a tail (", and twelve were hurt") is no headline. */
  opening: boolean;
  position: number;
  /** Where this member's own words stand in its article: a lead says the event itself. */
  own: number;
  /** How much of its wording the group's other members share (the mean share of its content
   * words each has): the most shared wording is the most neutral, and names the fact rather
   * than an aside about one of its people. */
  central: number;
  disputed: readonly string[];
}

/** The neutral name, or null when no fact is shared by two sources (nothing to stand on). */
export function deriveNeutralTitle(comparison: Comparison): string | null {
  const sentences = new Map<string, { sentence: Sentence; index: number }>();
  for (const source of comparison.sources) source.sentences.forEach((sentence, index) => sentences.set(sentence.id, { sentence, index }));
  const byId = indexSentences(comparison);
  const candidates = comparison.groups.filter((g) => g.kind !== "unique" && g.members.length > 1).flatMap((g) => listCandidates(g, sentences, byId));
  // Version 1 comparisons keep the name they were first shown with (their exports are held byte
  // for byte): the shortest wording, values taken out alone. Version 2 (decision 0180) takes the
  // wording the group shares most, from the earliest sentence, and a value's lead-in with it.
  const current = comparison.version === 2;
  candidates.sort((a, b) => b.sources - a.sources || Number(b.opening) - Number(a.opening) || a.position - b.position
    || (current ? b.central - a.central || a.own - b.own : 0) || a.text.length - b.text.length);
  for (const candidate of candidates) {
    const title = trimTitle(candidate.text, candidate.disputed, { leadIn: current });
    if (title && !(current && leansOnSentenceBefore(title))) return title;
  }
  return null;
}

function listCandidates(group: Group, sentences: ReadonlyMap<string, { sentence: Sentence; index: number }>, byId: SentenceIndex): Candidate[] {
  const disputed = group.conflicts.flatMap((c) => c.values.map((v) => v.text)).filter((text) => text.trim().length > 0);
  const positions = group.members.map((m) => sentences.get(m.sentenceIds[0] ?? "")?.index ?? Infinity);
  const position = positions.reduce((sum, p) => sum + p, 0) / positions.length;
  // A member's own words: in version 2 the part of its first sentence that states this fact.
  const parts = group.members.map((member) => listMemberParts(member, byId)[0]);
  const words = parts.map((part) => contentWords(part?.text ?? ""));
  return group.members.flatMap((member, k) => {
    const first = parts[k];
    if (!first) return [];
    const others = words.filter((_, m) => m !== k);
    const central = others.length ? others.reduce((sum, w) => sum + containedIn(words[k]!, w), 0) / others.length : 0;
    const own = sentences.get(member.sentenceIds[0] ?? "")?.index ?? Infinity;
    return [{ text: first.text, sources: group.members.length, opening: first.start === 0, position, own, central, disputed }];
  });
}

interface TrimOptions {
  /** A value taken out at the end takes the phrase that led to it (version 2). */
  leadIn?: boolean;
}

type Rule = (text: string, disputed: readonly string[], options: TrimOptions) => string;

// ", officials said." and "according to ..." at the end of a lead: who said it, not the event.
const TRAILING_ATTRIBUTION = new RegExp(String.raw`,?\s+(?:according to|(?:[\w’'.-]+\s){0,6}(?:${joinVerbs(REPORTING_VERBS)})\b)[^,;]*[.!]?\s*$`, "i");

// A value taken out at the end leaves its phrase without an object ("… with winds of", "… as
// Congress"): there, the phrase goes with it, from the word that opened it.
const OPENER = String.raw`(?:,\s*|\s+)(?:with|as|after|while|when|because|of|at|to|by|from|for|in|on|and)(?:\s+[\p{L}’'.-]+){0,2}\s+`;

function dropValue(text: string, value: string, leadIn: boolean): string {
  const whole = matchWhole(value);
  if (!leadIn) return text.replace(whole, " ");
  const atEnd = new RegExp(`(?:${OPENER})?${whole.source}\\s*[.!?]?\\s*$`, "iu");
  return text.replace(atEnd, "").replace(whole, " ");
}

// In order: take out what is disputed, then what only frames the fact, then cut to length.
const TRIM_RULES: readonly [name: string, rule: Rule][] = [
  ["drop disputed values", (text, disputed, options) => disputed.reduce((t, value) => dropValue(t, value, options.leadIn ?? false), text)],
  ["drop a leading quotation", (text) => text.replace(/^[“"][^”"]*[”"],?\s*/, "")],
  ["drop a leading time or place phrase", (text) => text.replace(/^(?:(?:On|In|At|By|Late|Early|Earlier|Last|This)\b[^,]{0,40}|Yesterday|Today|Meanwhile|However),\s+/, "")],
  ["drop trailing attribution", (text) => text.replace(TRAILING_ATTRIBUTION, "")],
  ["drop a trailing clause past the length", (text) => (text.length <= MAX_TITLE_CHARS ? text : cutAtClause(text))],
  ["tidy spaces and punctuation", (text) => text.replace(/\s+/g, " ").replace(/\s+([,.;:!?])/g, "$1").replace(/[\s,;:–—-]+$/, "").replace(/\.$/, "").trim()],
  ["cut at a word", (text) => cutAtWord(text)],
];

/** The candidate made a title, or "" when too little is left of it to name anything. */
export function trimTitle(text: string, disputed: readonly string[] = [], options: TrimOptions = {}): string {
  const trimmed = TRIM_RULES.reduce((t, [, rule]) => rule(t, disputed, options), text);
  if (trimmed.split(" ").length < 3) return "";
  return trimmed.charAt(0).toUpperCase() + trimmed.slice(1);
}

// A hedge before a disputed amount, and the "of" after one, go with it: "Some 40 tonnes of
// fuel leaked" would otherwise leave "Some of fuel leaked".
const HEDGE = String.raw`(?:(?:some|about|around|roughly|nearly|almost|approximately|an estimated|at least|at most|more than|less than|fewer than|over|under|up to)\s+)?`;

/** `value` as a whole word or phrase: "14" is disputed, the 14 in "2014" is not. */
function matchWhole(value: string): RegExp {
  const escaped = value.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const amount = /^\p{N}/u.test(value.trim());
  const body = amount ? `${HEDGE}${escaped}(?:\\s+of(?![\\p{L}\\p{N}]))?` : escaped;
  return new RegExp(`(?<![\\p{L}\\p{N}])${body}(?![\\p{L}\\p{N}])`, "giu");
}

function contentWords(text: string): Set<string> {
  return new Set(foldText(text).split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 2 && !isStopWord(w)));
}

/** Share of `a`'s words that `b` has too. Tried against a set cosine and Jaccard on our fixtures
 * and the development set: those favour long wordings that share much of a merged group, the
 * share of the candidate's own words favours the one that says what the others say. */
function containedIn(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  return a.size ? shared / a.size : 0;
}

// "On Monday night they came true": a subject pronoun near the start names something said in the
// sentence before, so the words do not stand alone as a name.
// A false alarm only passes over one candidate for the next.
const PRONOUN_SUBJECT = /^(?:\S+\s+){0,3}(?:they|he|she|it)\s+\p{Ll}/iu;

function leansOnSentenceBefore(title: string): boolean {
  return PRONOUN_SUBJECT.test(title);
}

function cutAtClause(text: string): string {
  const head = text.slice(0, MAX_TITLE_CHARS);
  const stops = [...head.matchAll(/[,;:]\s|\s[–—-]\s|\s(?:after|as|while|when|because|which|who)\s/g)].map((m) => m.index);
  const stop = stops.filter((i) => i >= 25).at(-1);
  return stop === undefined ? text : text.slice(0, stop);
}

function cutAtWord(text: string): string {
  if (text.length <= MAX_TITLE_CHARS) return text;
  const cut = text.slice(0, MAX_TITLE_CHARS - 1);
  return `${cut.slice(0, cut.lastIndexOf(" ")).replace(/[\s,;:–—-]+$/, "")}…`;
}
