// Word knowledge for entity spotting: compromise's name, place and organisation lists
// (generated into entities-data.json by tools/build-lexicon.ts) plus the news names they lack.
// All lookups take a lowercase, diacritic-free word or phrase.
import entityData from "./entities-data.json";

function toSet(list: string, extra = ""): ReadonlySet<string> {
  return new Set(`${list}|${extra}`.split("|").filter((word) => word.length > 0));
}

// Transliterated given names that compromise's (mostly Western) name list lacks.
const EXTRA_GIVEN =
  "oleksandr|aleksandr|alexandr|mykola|nikolay|nikolai|andriy|andrii|serhiy|serhii|sergey|" +
  "sergei|dmytro|dmitry|dmitri|dmitriy|oleksiy|oleksii|alexey|aleksei|aleksey|yuriy|yurii|yuri|" +
  "mykhailo|mikhail|pavlo|petro|pyotr|yevgeny|yevgeniy|evgeny|vitaliy|vitali|anatoliy|anatoly|" +
  "hryhoriy|grigory|ihor|olha|tetiana|tatyana|yulia|yuliya|volodymyr|wladimir|viktor|ramzan|" +
  "recep|tayyip|benjamin|emmanuel|xi|narendra|kim|mohammed|muhammad|mohamed|mohammad";

// News actors compromise does not list: agencies, armed groups, institutions by metonymy.
const EXTRA_ORGANIZATIONS =
  "kgb|fsb|svr|gru|cia|fbi|nsa|nato|un|eu|imf|opec|who|wto|iaea|osce|icc|hamas|hezbollah|" +
  "taliban|kremlin|pentagon|white house|belta|tass|ria novosti|interfax|reuters|afp|ap|bbc|" +
  "cnn|menafn|xinhua|ukrinform|congress|senate|parliament|duma|rada|knesset|state department";

const EXTRA_PLACES =
  "kyiv|odesa|kharkiv|lviv|dnipro|zaporizhzhia|donbas|donbass|crimea|gaza|west bank|" +
  "eastern europe|western europe|middle east|europe|asia|africa|alaska|minsk|budapest";

const MONTHS_AND_DAYS =
  "january|february|march|april|may|june|july|august|september|october|november|december|" +
  "monday|tuesday|wednesday|thursday|friday|saturday|sunday";

const GIVEN = toSet(entityData.given ?? "", EXTRA_GIVEN);
const SURNAMES = toSet(entityData.surname ?? "");
const PERSONS = toSet(entityData.person ?? "");
const PLACES = toSet(entityData.place ?? "", EXTRA_PLACES);
const ORGANIZATIONS = toSet(entityData.organization ?? "", EXTRA_ORGANIZATIONS);
const DEMONYMS = toSet(entityData.demonym ?? "", "western|eastern|european");
const ROLES = toSet(entityData.role ?? "");
const ORG_WORDS = toSet(entityData.orgWords ?? "", "ministry|committee|agency|service|office");
const PLACE_WORDS = toSet(entityData.placeWords ?? "");
const CALENDAR = toSet(MONTHS_AND_DAYS);

// Surname endings common in Slavic, Baltic and Caucasian names that dominate war reporting
// ("Lukashenko", "Zelenskyy", "Peskov"), for names no list knows.
const SURNAME_ENDING = /(?:enko|chenko|sky|skyy|skiy|ski|ska|ov|ova|ev|eva|yev|vich|ych|uk|chuk|yan|shvili|dze)$/;

export function isGivenName(word: string): boolean {
  return GIVEN.has(word);
}

export function isKnownSurname(word: string): boolean {
  return SURNAMES.has(word) || (word.length > 4 && SURNAME_ENDING.test(word));
}

/** Only the list, without the ending heuristic: "Putin" yes, "Romanov" (unlisted) no. */
export function isListedSurname(word: string): boolean {
  return SURNAMES.has(word);
}

export function isKnownPerson(phrase: string): boolean {
  return PERSONS.has(phrase);
}

export function isKnownPlace(phrase: string): boolean {
  return PLACES.has(phrase);
}

export function isKnownOrganization(phrase: string): boolean {
  return ORGANIZATIONS.has(phrase);
}

export function isDemonym(word: string): boolean {
  return DEMONYMS.has(word) || (word.endsWith("s") && DEMONYMS.has(word.slice(0, -1)));
}

/** Nouns for people by what they do ("spokesman", "minister"): speakers when unnamed. */
export function isRoleNoun(word: string): boolean {
  return ROLES.has(word);
}

/** Last words that make a capitalised run an organisation ("... Committee", "... Bank"). */
export function isOrganizationWord(word: string): boolean {
  return ORG_WORDS.has(word);
}

/** Last words that make a capitalised run a place ("... River", "... Province"). */
export function isPlaceWord(word: string): boolean {
  return PLACE_WORDS.has(word);
}

export function isCalendarWord(word: string): boolean {
  return CALENDAR.has(word);
}
