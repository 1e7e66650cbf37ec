// Abbreviations ending in a period. Three behaviours, because they differ in whether they can
// end a sentence at all:
// - titles sit before a name and never end one ("Dr. Smith", "Gen. Milley");
// - Latin connectives sit mid-sentence ("vs.", "e.g.", "i.e.");
// - the rest can end one ("in the U.S.", "Apple Inc.", "at 5 p.m.", "in Oct."): split only when
//   a common sentence starter follows, so "U.S. President Trump" and "Oct. 19" stay whole.
// Reference abbreviations ("No. 5", "p. 12", "Art. 5") join before a number.
import {
  type Candidate,
  type SegmentRule,
  endsAtBreak,
  isSentenceStarter,
  markOf,
  nextWord,
  startsUpper,
  wordBefore,
} from "../candidate";

const DIGIT_START = /^\d/;

const TITLES = new Set([
  "mr", "mrs", "ms", "messrs", "dr", "prof", "gen", "lt", "col", "maj", "capt", "cmdr", "adm",
  "sgt", "cpl", "pvt", "sen", "sens", "rep", "reps", "gov", "pres", "amb", "atty", "rev", "hon",
  "fr", "mt", "ft", "supt", "insp", "brig", "mme", "mlle",
]);

const CONNECTIVES = new Set(["vs", "v", "e.g", "i.e", "cf", "viz", "approx", "ca", "incl", "esp"]);

const MAY_END = new Set([
  "inc", "corp", "ltd", "co", "plc", "llc", "bros", "etc", "jr", "sr", "st", "ave", "blvd", "rd",
  "dept", "univ", "assn", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct",
  "nov", "dec", "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun",
]);

const BEFORE_NUMBER = new Set(["no", "nos", "p", "pp", "art", "vol", "fig", "ch", "sec", "para", "op"]);

// Dotted initialisms: U.S, U.K, U.N, E.U, D.C, a.m, p.m, U.S.A
const DOTTED = /^(?:\p{L}\.)+\p{L}$/u;

const JOINERS = /[-–—/]/;

function lastPart(word: string): string {
  const parts = word.split(JOINERS);
  return parts[parts.length - 1] ?? word;
}

function decideMayEnd(c: Candidate): "split" | "join" {
  return isSentenceStarter(nextWord(c)) ? "split" : "join";
}

export const joinAbbreviations: SegmentRule = {
  name: "abbreviations",
  apply(c: Candidate) {
    if (c.kind !== "mark" || markOf(c) !== "." || !endsAtBreak(c)) return undefined;
    // "India–U.S." and "ex-Gov." are judged by their last part.
    const word = lastPart(wordBefore(c));
    const key = word.toLowerCase();
    if (TITLES.has(key)) return "join";
    if (CONNECTIVES.has(key)) return "join";
    if (BEFORE_NUMBER.has(key)) return DIGIT_START.test(nextWord(c)) ? "join" : undefined;
    if (MAY_END.has(key) || DOTTED.test(word)) return decideMayEnd(c);
    return undefined;
  },
};

const SINGLE_CAPITAL = /^\p{Lu}$/u;

// Initials: "John F. Kennedy", "J. K. Rowling". A lone capital before a capitalised word is a
// name part unless the word is a common sentence start ("World War I. The war ...").
export const joinInitials: SegmentRule = {
  name: "initials",
  apply(c: Candidate) {
    if (c.kind !== "mark" || markOf(c) !== "." || !endsAtBreak(c)) return undefined;
    if (!SINGLE_CAPITAL.test(wordBefore(c))) return undefined;
    const next = nextWord(c);
    if (isSentenceStarter(next)) return "split";
    return startsUpper(next) ? "join" : undefined;
  },
};
