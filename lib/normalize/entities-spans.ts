// Finding capitalised runs ("State Security Committee", "Ukraine's", "U.S.") with their offsets
// in the sentence as written. Case is the strongest name signal English has, and scanning for
// it is a few microseconds where a part-of-speech tagger costs a millisecond a sentence.

export interface NameWord {
  surface: string; // as written, without surrounding punctuation or possessive
  lower: string; // lowercase surface
  start: number;
  end: number;
  capitalised: boolean;
  initial: boolean; // first word of the sentence, or after a colon or an opening quote
}

const LEADING_PUNCT = /^[("“”‘'«\[—–-]+/;
const TRAILING_PUNCT = /[)"“”’'»\],;:!?—–.]+$/;
const POSSESSIVE = /(?:['’]s|(?<=s)['’])$/;
const INITIALISM = /^(?:\p{Lu}\.)+$/u;
// Abbreviations whose dot does not end the sentence or the name.
const ABBREVIATIONS = new Set(
  "mr mrs ms dr st gen jr sr sen rep gov lt col capt sgt prof rev inc corp co ltd maj adm".split(" "),
);
const ARABIC_ARTICLE = /^(?:al|el|ad|as|ash|an|ar)-\p{Lu}/u;
// Lowercase words that may sit inside a name: "Ministry of Defence", "Ursula von der Leyen".
const NAME_PARTICLES = new Set(["de", "da", "van", "von", "der", "den", "la", "le", "du", "dos", "del", "bin", "ibn"]);

export interface SplitSentence {
  words: NameWord[];
  breaks: Set<number>; // indexes of words a name may not continue past
}

/** Words of a sentence with the punctuation that separates names recorded as breaks. */
export function splitNameWords(text: string): SplitSentence {
  const words: NameWord[] = [];
  const breaks = new Set<number>();
  let nextIsInitial = true;
  for (const piece of text.matchAll(/\S+/g)) {
    const raw = piece[0];
    const lead = LEADING_PUNCT.exec(raw)?.[0] ?? "";
    let core = raw.slice(lead.length);
    let trail = TRAILING_PUNCT.exec(core)?.[0] ?? "";
    const keepsDot = trail === "." && (INITIALISM.test(core) || ABBREVIATIONS.has(core.slice(0, -1).toLowerCase()));
    if (keepsDot) trail = "";
    core = core.slice(0, core.length - trail.length);
    const possessive = POSSESSIVE.test(core);
    if (possessive) core = core.replace(POSSESSIVE, "");
    if (lead.length > 0 && words.length > 0) breaks.add(words.length - 1);
    const initial = nextIsInitial || /[“"‘«(]/.test(lead);
    nextIsInitial = /[.!?:]/.test(trail);
    if (!/\p{L}/u.test(core)) {
      if (words.length > 0) breaks.add(words.length - 1);
      continue;
    }
    pushParts(words, breaks, core, (piece.index ?? 0) + lead.length, initial);
    if (trail.length > 0 || possessive) breaks.add(words.length - 1);
  }
  return { words, breaks };
}

// "Russia-Ukraine talks" names two countries; "Jean-Claude" and "long-range" stay whole.
function pushParts(words: NameWord[], breaks: Set<number>, core: string, start: number, initial: boolean): void {
  const parts = core.split(/[-–]/);
  const splits = parts.length > 1 && parts.every((part) => /^\p{Lu}/u.test(part)) && !ARABIC_ARTICLE.test(core);
  const pieces = splits ? parts : [core];
  let offset = start;
  pieces.forEach((surface, i) => {
    words.push(makeWord(surface, offset, initial && i === 0));
    if (splits && i < pieces.length - 1) breaks.add(words.length - 1);
    offset += surface.length + 1;
  });
}

function makeWord(surface: string, start: number, initial: boolean): NameWord {
  return {
    surface,
    lower: surface.toLowerCase(),
    start,
    end: start + surface.length,
    // A character that lowercases to something else is a capital; cheaper than \p{Lu}.
    capitalised: surface[0] !== surface[0]?.toLowerCase() || ARABIC_ARTICLE.test(surface),
    initial,
  };
}

/** True when a lowercase word may join two capitalised parts of one name. */
export function isNameParticle(word: NameWord, previous: NameWord | undefined, isNameHead: (lower: string) => boolean): boolean {
  if (NAME_PARTICLES.has(word.surface)) return true;
  if (word.surface === "the") return previous?.surface === "of";
  // "of" only after a word that takes a complement: "Ministry of", "Gulf of", "Republic of".
  return word.surface === "of" && previous !== undefined && isNameHead(previous.lower);
}

/** Consecutive capitalised words, allowing particles inside, cut at punctuation breaks. */
export function findCapitalisedRuns(split: SplitSentence, isNameHead: (lower: string) => boolean): NameWord[][] {
  const { words, breaks } = split;
  const runs: NameWord[][] = [];
  let run: NameWord[] = [];
  const close = () => {
    while (run.length > 0 && !run[run.length - 1]?.capitalised) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  // A particle joins only if a capitalised word follows, maybe after "the" ("of the Interior").
  const leadsToName = (i: number) =>
    words[i + 1]?.capitalised === true || (words[i + 1]?.surface === "the" && words[i + 2]?.capitalised === true);
  words.forEach((word, i) => {
    const joins = run.length > 0 && !breaks.has(i) && leadsToName(i);
    if (word.capitalised) run.push(word);
    else if (joins && isNameParticle(word, run[run.length - 1], isNameHead)) run.push(word);
    else close();
    if (breaks.has(i)) close();
  });
  close();
  return runs;
}
