// The vocabulary of a text, for telling whether a line talks about the story: stems of its
// content words, with English function words left out (a nav headline and a story both say
// "the"). Stemming lets "talks" in a headline meet "talk" in the body.

import { stemmer } from "stemmer";
import { foldText } from "./text-shape";

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

const ENGLISH_STOP_WORDS = words(`
  a about above after again against all also am an and any are aren't as at be because been
  before being below between both but by can can't could did didn't do does doesn't doing don't
  down during each few for from further had has hasn't have haven't having he he'd he'll he's her
  here hers herself him himself his how i i'd i'll i'm i've if in into is isn't it it's its
  itself just let's me more most much my myself no nor not now of off on once only or other our
  ours ourselves out over own same she she'd she'll she's should so some such than that that's
  the their theirs them themselves then there there's these they they'd they'll they're they've
  this those through to too under until up very was wasn't we we'd we'll we're we've were weren't
  what what's when where which while who whom why will with won't would you you'd you'll you're
  you've your yours yourself yourselves said says say also amid among per via new one two three
  last next year years week month day time may might must shall upon within without however
`);

/** Stemming dominates the cost of reading a long text's vocabulary, and words repeat. */
const stemCache = new Map<string, string>();
const MAX_CACHED_STEMS = 50_000;

function stemWord(word: string): string {
  let stem = stemCache.get(word);
  if (stem === undefined) {
    stem = stemmer(word);
    if (stemCache.size >= MAX_CACHED_STEMS) stemCache.clear();
    stemCache.set(word, stem);
  }
  return stem;
}

/** Stems of the content words of a text, for measuring vocabulary overlap. */
export function listContentTerms(text: string): string[] {
  const terms: string[] = [];
  for (const word of foldText(text).split(/[^\p{L}\p{N}]+/u)) {
    if (word.length < 3 || ENGLISH_STOP_WORDS.has(word) || /^\d+$/.test(word)) continue;
    terms.push(stemWord(word));
  }
  return terms;
}
