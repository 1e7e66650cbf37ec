// Word lists for reading quantities. Units are normalised so that two outlets' spellings
// ("percent", "per cent", "%"; "kilometres", "km") compare equal; anything not listed is no
// unit (null), which numbersAgree treats as compatible with every unit.

export const SMALL_NUMBERS: Readonly<Record<string, number>> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16,
  seventeen: 17, eighteen: 18, nineteen: 19,
};

export const TENS: Readonly<Record<string, number>> = {
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
};

/** Scale words, spelled out or glued to digits ("$2.5bn"). "m" is metres unless money is named. */
export const SCALES: Readonly<Record<string, number>> = {
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12,
  k: 1e3, mn: 1e6, mln: 1e6, bn: 1e9, bln: 1e9, b: 1e9, tn: 1e12, trn: 1e12,
};

export const MONEY_ONLY_SCALES: Readonly<Record<string, number>> = { m: 1e6 };

/** Currency signs and codes written before the amount. */
export const CURRENCY_BEFORE: Readonly<Record<string, string>> = {
  $: "usd", "€": "eur", "£": "gbp", "₽": "rub", "₴": "uah", "₹": "inr",
  usd: "usd", eur: "eur", gbp: "gbp", rub: "rub", uah: "uah", cny: "cny", jpy: "jpy",
};

/** Unit nouns after the amount, singular and plural, lowercase. */
export const UNIT_WORDS: Readonly<Record<string, string>> = {
  percent: "%", pct: "%",
  km: "km", kms: "km", kilometer: "km", kilometers: "km", kilometre: "km", kilometres: "km",
  mile: "mi", miles: "mi", mi: "mi",
  m: "m", meter: "m", meters: "m", metre: "m", metres: "m",
  kg: "kg", kilogram: "kg", kilograms: "kg", kilo: "kg", kilos: "kg",
  ton: "t", tons: "t", tonne: "t", tonnes: "t",
  people: "people", persons: "people", person: "people",
  dollar: "usd", dollars: "usd", usd: "usd", euro: "eur", euros: "eur", eur: "eur",
  rouble: "rub", roubles: "rub", ruble: "rub", rubles: "rub", hryvnia: "uah", hryvnias: "uah",
  yuan: "cny", yen: "jpy", rupee: "inr", rupees: "inr", sterling: "gbp",
  year: "years", years: "years", yr: "years", yrs: "years", month: "months", months: "months",
  week: "weeks", weeks: "weeks", day: "days", days: "days", hour: "hours", hours: "hours",
  minute: "minutes", minutes: "minutes",
  mph: "mph", kph: "kph", kmh: "kph",
};

/** Three-word units (speeds), keyed by their words. */
export const UNIT_TRIPLES: Readonly<Record<string, string>> = {
  "miles per hour": "mph", "mile per hour": "mph", "kilometres per hour": "kph", "kilometers per hour": "kph",
  "km per hour": "kph",
};

/** Two-word units, keyed "first second". */
export const UNIT_PAIRS: Readonly<Record<string, string>> = {
  "per cent": "%", "percentage point": "pp", "percentage points": "pp",
  "square kilometres": "km2", "square kilometers": "km2", "square miles": "mi2",
};

export type Bound = "exact" | "about" | "more" | "less";

// Longest first, so "no more than" wins over "more than".
export const BOUNDS_BEFORE: readonly (readonly [string, Bound])[] = [
  ["in excess of", "more"], ["no fewer than", "more"], ["no less than", "more"],
  ["no more than", "less"], ["not more than", "less"], ["as many as", "less"],
  ["as much as", "less"], ["a maximum of", "less"], ["more than", "more"], ["at least", "more"],
  ["upwards of", "more"], ["greater than", "more"], ["just over", "more"], ["well over", "more"],
  ["fewer than", "less"], ["less than", "less"], ["up to", "less"], ["at most", "less"],
  ["just under", "less"], ["an estimated", "about"], ["close to", "about"],
  ["more or less", "about"], ["over", "more"], ["above", "more"], ["exceeding", "more"],
  ["under", "less"], ["below", "less"], ["about", "about"], ["around", "about"],
  ["nearly", "about"], ["almost", "about"], ["some", "about"], ["roughly", "about"],
  ["approximately", "about"], ["approx", "about"], ["estimated", "about"], ["circa", "about"],
];

/** Phrases after the amount ("50 or more"), keyed by their words. */
export const BOUNDS_AFTER: Readonly<Record<string, Bound>> = {
  "or more": "more", "or so": "about", "or fewer": "less", "or less": "less", plus: "more",
};

/** True when the word right after a figure makes it a quantity rather than a year. */
export function isQuantityWord(word: string): boolean {
  const lower = word.toLowerCase();
  return lower in UNIT_WORDS || lower in SCALES || lower === "per" || lower === "percentage";
}
