// Canonical keys for names, so that "Vladimir Zelensky", "Volodymyr Zelenskiy", "Zelensky" and
// "Mr. Zelenskyy's" are one entity, and the classifier reports them as variants, not conflicts.
// A person's key is the skeleton of the surname alone: outlets name a person in full once and
// by surname after, and a key that kept the given name would split those mentions apart.
// The cost, two people sharing a surname, is checked by sameEntity when both give a first name.
// Names written surname first ("Kim Jong Un", "Xi Jinping") are a known gap: their key is the
// last word when typed as a person.
import type { EntityMention, EntityType } from "../types";
import { isGivenName, isOrganizationWord, isPlaceWord } from "./entities-words";
import { foldText } from "./fold-text";
import { NAME_ALIASES, TITLES, skeletonizeWord } from "./name-variants-rules";

const TITLE_WORDS: readonly string[][] = TITLES.map((title) => title.split(/[\s-]/));
const GENERATIONAL_SUFFIX = new Set(["jr", "sr", "ii", "iii", "iv"]);

interface NameParts {
  given: string[]; // folded given names and initials, when the name starts with them
  core: string[]; // folded words the key is made from
}

/** Folded words of a name with its possessive, dots, leading article and titles removed. */
function cleanNameWords(name: string): string[] {
  const folded = foldText(name)
    .replace(/'s$|(?<=s)'$/, "")
    .replace(/\./g, "")
    .replace(/'/g, "")
    .replace(/[-"(),]/g, " ");
  const words = folded.split(" ").filter((word) => word.length > 0);
  while (words.length > 1 && GENERATIONAL_SUFFIX.has(words[words.length - 1] ?? "")) words.pop();
  // Everything up to the last title goes: "Hungarian Prime Minister Viktor Orban",
  // "Ukraine's President Zelensky" and "the Mr. Zelenskyy" all keep only the name.
  return words.slice(findNameStart(words));
}

function findNameStart(words: readonly string[]): number {
  let start = words[0] === "the" && words.length > 1 ? 1 : 0;
  for (let i = start; i < words.length - 1; i++) {
    for (const title of TITLE_WORDS) {
      if (i + title.length < words.length && title.every((part, j) => words[i + j] === part)) {
        start = Math.max(start, i + title.length);
      }
    }
  }
  return start;
}

function splitName(name: string, type?: EntityType): NameParts {
  const words = cleanNameWords(name);
  const last = words[words.length - 1] ?? "";
  // "Victoria Falls" and "Charles Schwab Bank" start with given names but are not people.
  const mayBePerson = type === "person" || ((type === undefined || type === "other") && !isPlaceWord(last) && !isOrganizationWord(last));
  const given: string[] = [];
  while (mayBePerson && words.length > 1 && (isGivenName(words[0] ?? "") || (words[0] ?? "").length === 1)) {
    given.push(words.shift() ?? "");
  }
  return { given, core: words };
}

// Names repeat across the sentences and sources of one comparison; keys are pure, so memoise.
const MEMO_LIMIT = 20_000;
const keyMemo = new Map<string, string>();

/** The key spelling and transliteration variants of one name share. */
export function toEntityKey(name: string, type?: EntityType): string {
  const memoKey = `${type ?? ""}\u0000${name}`;
  let key = keyMemo.get(memoKey);
  if (key === undefined) {
    key = computeEntityKey(name, type);
    if (keyMemo.size >= MEMO_LIMIT) keyMemo.clear();
    keyMemo.set(memoKey, key);
  }
  return key;
}

// Lowercase particles that belong to a surname: "von der Leyen", "bin Salman", "de Gaulle".
const SURNAME_PARTICLES = new Set(["von", "van", "der", "den", "de", "da", "du", "del", "la", "le", "bin", "ibn", "al", "el"]);

/** A person's surname: the last word and the particles before it ("Oleh Kiper" → "kiper"). */
function takeSurname(words: readonly string[]): string[] {
  let start = words.length - 1;
  while (start > 0 && SURNAME_PARTICLES.has(words[start - 1] ?? "")) start--;
  return words.slice(start);
}

function computeEntityKey(name: string, type?: EntityType): string {
  const { core: words } = splitName(name, type);
  // Given names we do not know ("Oleh") stay in `core`; for a known person drop them too.
  const core = type === "person" ? takeSurname(words) : words;
  const joined = core.join(" ");
  const aliased = NAME_ALIASES.get(joined) ?? joined;
  return aliased.split(" ").map(skeletonizeWord).join(" ");
}

function keyOf(entity: string | EntityMention): string {
  return typeof entity === "string" ? toEntityKey(entity) : entity.key;
}

/**
 * True when two mentions name the same entity: equal keys, compatible types, and when both
 * give a first name, compatible first names ("Donald Trump" is not "Melania Trump").
 */
export function sameEntity(a: string | EntityMention, b: string | EntityMention): boolean {
  if (keyOf(a) !== keyOf(b)) return false;
  const typeA = typeof a === "string" ? undefined : a.type;
  const typeB = typeof b === "string" ? undefined : b.type;
  if (typeA && typeB && typeA !== "other" && typeB !== "other" && typeA !== typeB) return false;
  const givenA = splitName(typeof a === "string" ? a : a.text, typeA).given[0];
  const givenB = splitName(typeof b === "string" ? b : b.text, typeB).given[0];
  if (givenA === undefined || givenB === undefined) return true;
  if (givenA.length === 1 || givenB.length === 1) return givenA[0] === givenB[0];
  return skeletonizeWord(givenA) === skeletonizeWord(givenB);
}

/** The last `count` words of a name as written, separators kept, possessive dropped. */
function surfaceTail(name: string, count: number): string {
  const parts = name.replace(/['’]s$|(?<=s)['’]$/, "").trim().split(/([\s-]+)/);
  return parts.slice(Math.max(0, parts.length - (2 * count - 1))).join("");
}

/**
 * How two surface forms of one entity differ: "spelling" when only accents, case or
 * punctuation differ (Orbán / Orban), "transliteration" when letters differ (Kiev / Kyiv,
 * Zelensky / Zelenskyy); null when they are not one entity, are the same word for word, or one
 * is just a shorter form or an abbreviation of the other ("Zelensky" / "Vladimir Zelensky",
 * "U.S." / "United States").
 */
export function classifyVariant(a: string, b: string): "spelling" | "transliteration" | null {
  if (toEntityKey(a) !== toEntityKey(b)) return null;
  const length = Math.min(cleanNameWords(a).length, cleanNameWords(b).length);
  const tailA = surfaceTail(a, length);
  const tailB = surfaceTail(b, length);
  if (tailA === tailB) return null;
  const plain = (text: string) => foldText(text).replace(/[.'"]/g, "").replace(/[\s-]+/g, " ");
  if (plain(tailA) === plain(tailB)) return "spelling";
  const skeleton = (text: string) => plain(text).split(" ").map(skeletonizeWord).join(" ");
  return skeleton(tailA) === skeleton(tailB) ? "transliteration" : null;
}
