// The tables and rules behind entity keys. Outlets romanise Ukrainian and Russian names by
// different systems (BGN, "Kyiv not Kiev", Reuters' "Zelenskiy", the AP's "Zelenskyy"), so a
// key must forget exactly the letters those systems disagree on and nothing more.

// Whole-word pairs no general rule can bridge (Ukrainian vs Russian forms, Arabic names).
const TRANSLITERATIONS = new Map<string, string>(
  (
    [
      ["kiev", "kyiv"], ["kharkov", "kharkiv"], ["odessa", "odesa"], ["lvov", "lviv"],
      ["lugansk", "luhansk"], ["nikolaev", "mykolaiv"], ["nikolayev", "mykolaiv"],
      ["zaporozhye", "zaporizhzhia"], ["zaporizhia", "zaporizhzhia"], ["chernigov", "chernihiv"],
      ["vinnitsa", "vinnytsia"], ["donbass", "donbas"], ["artemovsk", "bakhmut"],
      ["vladimir", "volodymyr"], ["wladimir", "volodymyr"], ["alexander", "oleksandr"],
      ["aleksandr", "oleksandr"], ["alexandr", "oleksandr"], ["nikolai", "mykola"],
      ["nikolay", "mykola"], ["andrei", "andriy"], ["andrey", "andriy"], ["andrii", "andriy"],
      ["sergei", "serhiy"], ["sergey", "serhiy"], ["serhii", "serhiy"], ["dmitry", "dmytro"],
      ["dmitri", "dmytro"], ["dmitriy", "dmytro"], ["alexei", "oleksiy"], ["alexey", "oleksiy"],
      ["aleksei", "oleksiy"], ["aleksey", "oleksiy"], ["oleksii", "oleksiy"], ["yuri", "yuriy"],
      ["yury", "yuriy"], ["yurii", "yuriy"], ["mikhail", "mykhailo"], ["pavel", "pavlo"],
      ["pyotr", "petro"], ["yevgeny", "yevhen"], ["evgeny", "yevhen"], ["yevgeniy", "yevhen"],
      ["grigory", "hryhoriy"], ["igor", "ihor"], ["olga", "olha"], ["tatiana", "tetiana"],
      ["tatyana", "tetiana"], ["mohammed", "muhammad"], ["mohamed", "muhammad"],
      ["mohammad", "muhammad"], ["mohamad", "muhammad"], ["muhammed", "muhammad"],
      ["qaddafi", "gaddafi"], ["kadhafi", "gaddafi"], ["gadhafi", "gaddafi"],
    ] as const
  ).map(([from, to]) => [from, to] as [string, string]),
);

/** General spelling rules, applied in order to one folded word after the table. */
const SKELETON_RULES: readonly [name: string, pattern: RegExp, replacement: string][] = [
  ["x is ks (Alexei / Aleksei)", /x/g, "ks"],
  ["kh is h (Kharkiv / Harkiv)", /kh/g, "h"],
  ["gh is g (Ghaddafi)", /gh/g, "g"],
  ["ph is f", /ph/g, "f"],
  ["ck is k", /ck/g, "k"],
  ["q is k", /q/g, "k"],
  ["tch is ch (Tchaikovsky)", /tch/g, "ch"],
  ["w is v (Wladimir)", /w/g, "v"],
  ["-ych is -ich (Yanukovych)", /ych$/, "ich"],
  ["y/iy/yy/ii/ij/yi endings are i (Zelensky / Zelenskiy / Zelenskyy)", /(?:iy|yy|ii|ij|yi|y)$/, "i"],
  ["y before a vowel is i (Tatyana / Tatiana)", /([^aeiouy])y([aeiou])/g, "$1i$2"],
  ["ou is u (Abdoullah / Abdullah)", /ou/g, "u"],
  ["double letters are single (Gaddafi / Gadafi)", /([a-z])\1+/g, "$1"],
];

export function skeletonizeWord(word: string): string {
  let skeleton = TRANSLITERATIONS.get(word) ?? word;
  for (const [, pattern, replacement] of SKELETON_RULES) {
    skeleton = skeleton.replace(pattern, replacement);
  }
  return skeleton;
}

// Titles are not part of a name ("President Zelensky" is "Zelensky"); multiword ones first so
// "prime minister" is removed whole.
export const TITLES: readonly string[] = [
  "prime minister", "foreign minister", "defence minister", "defense minister",
  "finance minister", "interior minister", "vice president", "secretary of state",
  "secretary general", "secretary-general", "supreme leader", "crown prince", "president",
  "minister", "chancellor", "premier", "king", "queen", "prince", "princess", "pope", "sheikh",
  "emir", "mr", "mrs", "ms", "dr", "sir", "dame", "lord", "gen", "general", "col", "colonel",
  "lt", "maj", "major", "capt", "captain", "sgt", "sen", "senator", "rep", "representative",
  "gov", "governor", "mayor", "judge", "justice", "ambassador", "envoy", "spokesman",
  "spokeswoman", "spokesperson", "commander", "chairman", "chairwoman", "ceo", "director",
  "professor", "prof", "rev", "chief", "head", "leader", "speaker", "patriarch", "ayatollah",
];

/** Names outlets abbreviate: folded form → the key every form should share. */
export const NAME_ALIASES = new Map<string, string>([
  ["us", "united states"], ["usa", "united states"], ["united states of america", "united states"],
  ["uk", "united kingdom"], ["britain", "united kingdom"], ["great britain", "united kingdom"],
  ["un", "united nations"], ["eu", "european union"], ["uae", "united arab emirates"],
  ["drc", "democratic republic of the congo"], ["dprk", "north korea"],
]);
