// People, places and organisations named in a sentence. Capitalised runs are cut into names by
// ordered rules, then typed by ordered rules over compromise's word lists. We do not run
// compromise's tagger: it costs ~1.5 ms a sentence (1000 sentences would eat the whole
// budget of a 12-source comparison) and on the seeds it missed "Tertel" and "Lukashenko"
// and returned "President Alexander" as a person.
import type { EntityMention, EntityType } from "../types";
import { findCapitalisedRuns, splitNameWords, type NameWord } from "./entities-spans";
import { typeNameCandidate, type NameCandidate } from "./entities-types";
import {
  isCalendarWord, isDemonym, isGivenName, isKnownOrganization, isKnownPerson, isKnownPlace,
  isListedSurname, isOrganizationWord, isPlaceWord, isRoleNoun,
} from "./entities-words";
import { isCommonWord } from "./lexicon";
import { TITLES } from "./name-variants-rules";
import { toEntityKey } from "./name-variants";
import { deinflectWord } from "./stem";
import { isStopWord } from "./stop-words";

export interface EntityOptions {
  /** Lowercase words seen capitalised mid-sentence elsewhere in the document (see collectNameWords). */
  knownNames?: ReadonlySet<string>;
}

interface RuleContext {
  isCommon: (word: NameWord) => boolean;
  headline: boolean;
}

type RunRule = [name: string, apply: (candidate: NameCandidate, ctx: RuleContext) => NameCandidate[]];

// Titles by first word, longest first, so "prime minister" wins over a bare "prime".
const TITLES_BY_FIRST = new Map<string, string[][]>();
for (const title of TITLES) {
  const parts = title.split(/[\s-]/);
  const list = TITLES_BY_FIRST.get(parts[0]!) ?? [];
  list.push(parts);
  TITLES_BY_FIRST.set(parts[0]!, list.sort((a, b) => b.length - a.length));
}
const bare = (word: NameWord) => word.lower.replace(/\.$/, "");
// "US", "KGB": all-capitals words are names even when they spell a common word.
const isAcronym = (word: NameWord) => /^[\p{Lu}.]{2,}$/u.test(word.surface);

function cutWhere(candidate: NameCandidate, cut: (word: NameWord, i: number) => boolean): NameCandidate[] {
  const parts: NameCandidate[] = [];
  let words: NameWord[] = [];
  candidate.words.forEach((word, i) => {
    if (!cut(word, i)) words.push(word);
    else if (words.length > 0) (parts.push({ words, titled: candidate.titled && parts.length === 0 }), (words = []));
  });
  if (words.length > 0) parts.push({ words, titled: candidate.titled && parts.length === 0 });
  return parts;
}

function splitBetween(candidate: NameCandidate, splits: (a: NameWord, b: NameWord) => boolean): NameCandidate[] {
  const parts: NameCandidate[] = [];
  let start = 0;
  candidate.words.forEach((word, i) => {
    const next = candidate.words[i + 1];
    if (next && !splits(word, next)) return;
    parts.push({ words: candidate.words.slice(start, i + 1), titled: candidate.titled && start === 0 });
    start = i + 1;
  });
  return parts;
}

// "South Korea said": "South" is a common word but starts a name we know.
function startsKnownPhrase(words: readonly NameWord[], i: number): boolean {
  for (const length of [2, 3]) {
    const phrase = words.slice(i, i + length).map((w) => w.lower).join(" ");
    if (isKnownPlace(phrase) || isKnownOrganization(phrase) || isKnownPerson(phrase)) return true;
  }
  return false;
}

/** Titles end what comes before them and make what follows a person. */
function splitAtTitles(candidate: NameCandidate): NameCandidate[] {
  const words = candidate.words;
  for (let i = 0; i < words.length; i++) {
    const title = TITLES_BY_FIRST.get(bare(words[i]!))?.find((parts) => parts.every((part, j) => words[i + j] && bare(words[i + j]!) === part));
    if (!title) continue;
    const before = i > 0 ? [{ words: words.slice(0, i), titled: candidate.titled }] : [];
    const after = words.slice(i + title.length);
    return after.length === 0 ? before : [...before, ...splitAtTitles({ words: after, titled: true })];
  }
  return [candidate];
}

const RUN_RULES: readonly RunRule[] = [
  // "Speaking on Sunday, ..." / "Reports indicate ...": capitalised only by position.
  ["drop common words capitalised by position", (c, ctx) =>
    cutWhere(c, (w, i) => (w.initial || ctx.headline) && ctx.isCommon(w) && !startsKnownPhrase(c.words, i) &&
      !(TITLES_BY_FIRST.has(bare(w)) && i < c.words.length - 1 && !ctx.headline))],
  ["cut at dates, pronouns and function words", (c) =>
    cutWhere(c, (w) => isCalendarWord(w.lower) || w.surface === "I" || (!isAcronym(w) && isStopWord(w.lower)))],
  ["split at titles", (c) => splitAtTitles(c)],
  // Headlines stack names: "Belarus KGB Chief", "Russia Gazprom".
  ["split a country from the name after it", (c) =>
    splitBetween(c, (a, b) => isKnownPlace(a.lower) && (isAcronym(b) || !isPlaceWord(b.lower)) && !startsKnownPhrase([a, b], 0))],
  // "Belarusian President ..." leaves "Belarusian"; "Russian Orthodox Church" keeps it.
  ["drop leading demonyms", (c) => {
    const last = c.words[c.words.length - 1];
    if (last && (isOrganizationWord(last.lower) || isPlaceWord(last.lower))) return [c];
    const start = c.words.findIndex((w) => !isDemonym(w.lower));
    return start < 0 ? [] : [{ words: c.words.slice(start), titled: c.titled }];
  }],
  ["drop lone role nouns", (c) => (c.words.length === 1 && isRoleNoun(c.words[0]!.lower) ? [] : [c])],
];

function isProperWord(lower: string, knownNames: ReadonlySet<string>): boolean {
  return knownNames.has(lower) || isKnownPlace(lower) || isKnownOrganization(lower) ||
    isKnownPerson(lower) || isGivenName(lower) || isDemonym(lower) || isListedSurname(lower);
}

function makeCommonCheck(knownNames: ReadonlySet<string>): (word: NameWord) => boolean {
  return (word) => {
    const lower = word.lower;
    if (isAcronym(word)) return false;
    if (isStopWord(lower)) return true;
    if (isProperWord(lower, knownNames)) return false;
    return isCommonWord(lower) || deinflectWord(lower).some(isCommonWord);
  };
}

// Title-case headlines ("Belarus KGB Chief Backs Renewed Talks") capitalise every word and,
// unlike a name-dense sentence, end without a full stop.
function isHeadline(text: string, words: readonly NameWord[]): boolean {
  if (/[.!?]["”’)]?\s*$/.test(text)) return false;
  const lettered = words.filter((w) => /\p{L}{2}/u.test(w.surface));
  return lettered.length >= 4 && lettered.filter((w) => w.capitalised).length >= 0.6 * lettered.length;
}

const NAME_HEADS = (lower: string) =>
  isOrganizationWord(lower) || isPlaceWord(lower) || ["republic", "sea", "secretary", "bank", "university"].includes(lower);

export function extractEntities(text: string, options: EntityOptions = {}): EntityMention[] {
  const split = splitNameWords(text);
  const ctx: RuleContext = {
    isCommon: makeCommonCheck(options.knownNames ?? new Set()),
    headline: isHeadline(text, split.words),
  };
  let candidates: NameCandidate[] = findCapitalisedRuns(split, NAME_HEADS).map((words) => ({ words, titled: false }));
  for (const [, apply] of RUN_RULES) candidates = candidates.flatMap((c) => apply(c, ctx));
  const mentions: EntityMention[] = [];
  for (const candidate of candidates) {
    const first = candidate.words[0]!;
    const last = candidate.words[candidate.words.length - 1]!;
    const nextWord = split.words[split.words.indexOf(last) + 1]?.lower;
    const type: EntityType = typeNameCandidate(candidate, nextWord);
    const mention: EntityMention = { text: text.slice(first.start, last.end), key: "", type, start: first.start, end: last.end };
    mention.key = toEntityKey(mention.text, type);
    if (mention.key && !mentions.some((m) => m.key === mention.key && m.text === mention.text)) mentions.push(mention);
  }
  return mentions;
}

/** Lowercase words written capitalised where position does not explain it: names. */
export function collectNameWords(texts: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const text of texts) {
    const { words } = splitNameWords(text);
    if (isHeadline(text, words)) continue;
    for (const word of words) if (word.capitalised && !word.initial) names.add(word.lower);
  }
  return names;
}
