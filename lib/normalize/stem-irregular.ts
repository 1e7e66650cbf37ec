// Irregular forms that suffix rules cannot undo. Porter leaves "said" and "say" apart ("said" vs
// "sai") and knows nothing of "told"/"tell", yet news sentences that restate each other swap
// tenses all the time ("X said" / "X says"), so the verbs reporters use most are listed here.
// WordNet 3.1 ships without its exception lists (*.exc), so the lexicon lookup needs them too.

const IRREGULAR_VERBS = new Map<string, string>(Object.entries({
  said: "say", says: "say", told: "tell", met: "meet", won: "win", held: "hold",
  sought: "seek", began: "begin", begun: "begin", took: "take", taken: "take", gave: "give",
  given: "give", went: "go", gone: "go", came: "come", made: "make", got: "get",
  gotten: "get", saw: "see", seen: "see", knew: "know", known: "know", thought: "think",
  found: "find", left: "leave", led: "lead", brought: "bring", bought: "buy", built: "build",
  fought: "fight", fled: "flee", fell: "fall", fallen: "fall", rose: "rise", risen: "rise",
  spoke: "speak", spoken: "speak", wrote: "write", written: "write", chose: "choose",
  chosen: "choose", drove: "drive", driven: "drive", broke: "break", broken: "break",
  stole: "steal", stolen: "steal", froze: "freeze", frozen: "freeze", beaten: "beat",
  became: "become", bore: "bear", borne: "bear", caught: "catch", taught: "teach",
  felt: "feel", kept: "keep", slept: "sleep", sold: "sell", sent: "send", spent: "spend",
  stood: "stand", understood: "understand", struck: "strike", stricken: "strike",
  swore: "swear", sworn: "swear", shot: "shoot", slew: "slay", slain: "slay", sank: "sink",
  sunk: "sink", lost: "lose", paid: "pay", laid: "lay", ran: "run", grew: "grow", grown: "grow",
  threw: "throw", thrown: "throw", withdrew: "withdraw", withdrawn: "withdraw", drew: "draw",
  drawn: "draw", flew: "fly", flown: "fly", forbade: "forbid", forbidden: "forbid",
  hid: "hide", hidden: "hide", rode: "ride", ridden: "ride", woke: "wake", woken: "wake",
  wore: "wear", worn: "wear", tore: "tear", torn: "tear", undertook: "undertake",
  undertaken: "undertake", oversaw: "oversee", overseen: "oversee", meant: "mean",
  hung: "hang", dug: "dig", lent: "lend", arose: "arise", arisen: "arise", blew: "blow",
  blown: "blow", dealt: "deal", fed: "feed", forgot: "forget", forgotten: "forget",
  shook: "shake", shaken: "shake", sat: "sit", stuck: "stick", swung: "swing",
  upheld: "uphold", withheld: "withhold", overthrew: "overthrow", overthrown: "overthrow",
  misled: "mislead", foresaw: "foresee", foreseen: "foresee", ate: "eat", eaten: "eat",
  did: "do", done: "do", does: "do", has: "have", had: "have", was: "be", were: "be",
  been: "be", is: "be", are: "be", am: "be", bid: "bid", forecast: "forecast",
  rebuilt: "rebuild", retook: "retake", retaken: "retake", overtook: "overtake",
  mistook: "mistake", mistaken: "mistake", sped: "speed", spun: "spin", wept: "weep",
}));

const IRREGULAR_NOUNS = new Map<string, string>(Object.entries({
  men: "man", women: "woman", children: "child", feet: "foot", teeth: "tooth", mice: "mouse",
  lives: "life", wives: "wife", knives: "knife", leaves: "leaf", thieves: "thief",
  crises: "crisis", analyses: "analysis", theses: "thesis", bases: "basis", criteria: "criterion",
  phenomena: "phenomenon",
  halves: "half", shelves: "shelf", selves: "self", policemen: "policeman",
  spokesmen: "spokesman", spokeswomen: "spokeswoman", chairmen: "chairman",
  congressmen: "congressman", gunmen: "gunman", servicemen: "serviceman",
}));

/** Words whose Porter stem collides with an unrelated word ("news" → "new"). */
const PROTECTED_STEMS = new Map<string, string>(Object.entries({
  news: "news", species: "species", series: "series", politics: "politics",
  economics: "economics", arms: "arms", us: "us", as: "as", is: "be", was: "be", has: "have",
}));

export function lookupIrregular(word: string): string | undefined {
  // Maps, not object literals: "constructor" must not find Object.prototype.
  return IRREGULAR_VERBS.get(word) ?? IRREGULAR_NOUNS.get(word);
}

export function lookupProtectedStem(word: string): string | undefined {
  return PROTECTED_STEMS.get(word);
}
