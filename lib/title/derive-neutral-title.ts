// A comparison's name when its creator gave none. Source 1's headline takes source 1's side
// ("…killing 14" where the toll is the very thing the sources dispute), and a first sentence is
// often three lines long. So the name comes from the fact most sources share, stated early in
// their articles (where the event itself is said), with the values they dispute taken out and
// trimmed to a headline's length by a few ordered rules.
import { indexSentences, listMemberParts, type SentenceIndex } from "../comparison/read-member";
import type { Comparison, Group, Sentence } from "../types";
import { joinVerbs, REPORTING_VERBS } from "../normalize/reporting-verbs";

export const MAX_TITLE_CHARS = 80;

interface Candidate {
  text: string;
  sources: number;
  /** Version 2: the part opens its sentence; a tail (", and twelve were hurt") is no headline. */
  opening: boolean;
  position: number;
  disputed: readonly string[];
}

/** The neutral name, or null when no fact is shared by two sources (nothing to stand on). */
export function deriveNeutralTitle(comparison: Comparison): string | null {
  const sentences = new Map<string, { sentence: Sentence; index: number }>();
  for (const source of comparison.sources) source.sentences.forEach((sentence, index) => sentences.set(sentence.id, { sentence, index }));
  const byId = indexSentences(comparison);
  const candidates = comparison.groups.filter((g) => g.kind !== "unique" && g.members.length > 1).flatMap((g) => listCandidates(g, sentences, byId));
  candidates.sort((a, b) => b.sources - a.sources || Number(b.opening) - Number(a.opening) || a.position - b.position || a.text.length - b.text.length);
  for (const candidate of candidates) {
    const title = trimTitle(candidate.text, candidate.disputed);
    if (title) return title;
  }
  return null;
}

function listCandidates(group: Group, sentences: ReadonlyMap<string, { sentence: Sentence; index: number }>, byId: SentenceIndex): Candidate[] {
  const disputed = group.conflicts.flatMap((c) => c.values.map((v) => v.text)).filter((text) => text.trim().length > 0);
  const positions = group.members.map((m) => sentences.get(m.sentenceIds[0] ?? "")?.index ?? Infinity);
  const position = positions.reduce((sum, p) => sum + p, 0) / positions.length;
  // A member's own words: in version 2 the part of its first sentence that states this fact.
  return group.members.flatMap((member) => {
    const first = listMemberParts(member, byId)[0];
    return first ? [{ text: first.text, sources: group.members.length, opening: first.start === 0, position, disputed }] : [];
  });
}

type Rule = (text: string, disputed: readonly string[]) => string;

// ", officials said." and "according to ..." at the end of a lead: who said it, not the event.
const TRAILING_ATTRIBUTION = new RegExp(String.raw`,?\s+(?:according to|(?:[\w’'.-]+\s){0,6}(?:${joinVerbs(REPORTING_VERBS)})\b)[^,;]*[.!]?\s*$`, "i");

// In order: take out what is disputed, then what only frames the fact, then cut to length.
const TRIM_RULES: readonly [name: string, rule: Rule][] = [
  ["drop disputed values", (text, disputed) => disputed.reduce((t, value) => t.replace(matchWhole(value), " "), text)],
  ["drop a leading quotation", (text) => text.replace(/^[“"][^”"]*[”"],?\s*/, "")],
  ["drop a leading time or place phrase", (text) => text.replace(/^(?:(?:On|In|At|By|Late|Early|Earlier|Last|This)\b[^,]{0,40}|Yesterday|Today|Meanwhile|However),\s+/, "")],
  ["drop trailing attribution", (text) => text.replace(TRAILING_ATTRIBUTION, "")],
  ["drop a trailing clause past the length", (text) => (text.length <= MAX_TITLE_CHARS ? text : cutAtClause(text))],
  ["tidy spaces and punctuation", (text) => text.replace(/\s+/g, " ").replace(/\s+([,.;:!?])/g, "$1").replace(/[\s,;:–—-]+$/, "").replace(/\.$/, "").trim()],
  ["cut at a word", (text) => cutAtWord(text)],
];

/** The candidate made a title, or "" when too little is left of it to name anything. */
export function trimTitle(text: string, disputed: readonly string[] = []): string {
  const trimmed = TRIM_RULES.reduce((t, [, rule]) => rule(t, disputed), text);
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
