// Deciding whether a name is a person, a place or an organisation. The classifier reports a
// differing person as a "name" conflict and a differing place as a "place" conflict, so a wrong
// type is visible to users; when no rule is sure the answer is "other", not a guess.
import type { EntityType } from "../types";
import type { NameWord } from "./entities-spans";
import {
  isGivenName, isKnownOrganization, isKnownPerson, isKnownPlace, isKnownSurname,
  isOrganizationWord, isPlaceWord,
} from "./entities-words";
import { NAME_ALIASES } from "./name-variants-rules";
import { REPORTING_THAT_VERBS, REPORTING_VERBS, STANCE_VERBS } from "./reporting-verbs";

export interface NameCandidate {
  words: NameWord[];
  titled: boolean; // came right after a title ("President", "Mr.")
}

interface TypeInput {
  phrase: string; // lowercase words without dots: "u.s." → "us"
  words: readonly NameWord[];
  titled: boolean;
  nextWord: string | undefined; // the lowercase word right after the name
}

type TypeRule = [name: string, decide: (input: TypeInput) => EntityType | null];

const ALIAS_TYPES = new Map<string, EntityType>([
  ["united states", "place"], ["united kingdom", "place"], ["united arab emirates", "place"],
  ["north korea", "place"], ["democratic republic of the congo", "place"],
  ["united nations", "organization"], ["european union", "organization"],
]);

// Verbs that follow a person far more often than a place in news copy: the reporting verbs.
const PERSON_VERBS = new Set([...REPORTING_VERBS, ...REPORTING_THAT_VERBS, ...STANCE_VERBS]);

const first = (input: TypeInput) => input.words[0]?.lower ?? "";
const last = (input: TypeInput) => input.words[input.words.length - 1]?.lower ?? "";
const isAcronym = (word: NameWord | undefined) => word !== undefined && /^(?:\p{Lu}\.?){2,6}$/u.test(word.surface);

const TYPE_RULES: readonly TypeRule[] = [
  ["a title makes a person", (i) => (i.titled ? "person" : null)],
  ["abbreviations we know", (i) => ALIAS_TYPES.get(NAME_ALIASES.get(i.phrase) ?? i.phrase) ?? null],
  ["known places", (i) => (isKnownPlace(i.phrase) ? "place" : null)],
  ["known organisations", (i) => (isKnownOrganization(i.phrase) ? "organization" : null)],
  ["known people", (i) => (isKnownPerson(i.phrase) ? "person" : null)],
  ["organisation head word (... Committee, ... Bank)", (i) => (isOrganizationWord(last(i)) ? "organization" : null)],
  ["acronyms are organisations (KGB, NATO)", (i) => (i.words.length === 1 && isAcronym(i.words[0]) ? "organization" : null)],
  ["place head word (... River, ... Province)", (i) => (i.words.length > 1 && isPlaceWord(last(i)) ? "place" : null)],
  ["given name then more (Ivan Tertel)", (i) => (i.words.length > 1 && isGivenName(first(i)) ? "person" : null)],
  ["known or surname-shaped last word (Putin, Lukashenko)", (i) => (isKnownSurname(last(i)) ? "person" : null)],
  ["subject of a speech verb (Tertel emphasized)", (i) => (i.nextWord && PERSON_VERBS.has(i.nextWord) ? "person" : null)],
  ["a given name alone", (i) => (isGivenName(i.phrase) ? "person" : null)],
];

export function typeNameCandidate(candidate: NameCandidate, nextWord: string | undefined): EntityType {
  const phrase = candidate.words.map((w) => w.lower.replace(/\./g, "")).join(" ");
  const input: TypeInput = { phrase, words: candidate.words, titled: candidate.titled, nextWord };
  for (const [, decide] of TYPE_RULES) {
    const type = decide(input);
    if (type) return type;
  }
  return "other";
}
