// The vocabulary of a text, for telling whether a line talks about the story: stems of its
// content words, with English function words left out (a nav headline and a story both say
// "the"). Stemming lets "talks" in a headline meet "talk" in the body.

import { stemmer } from "stemmer";
import { isReportingVerb } from "../normalize/reporting-verbs";
import { isStopWord } from "../normalize/stop-words";
import { foldText } from "./text-shape";

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

// The one stop-word list and the one list of reporting verbs, plus words of time and count that
// any story uses and so say nothing about which story a line belongs to.
const TOPIC_NEUTRAL = words("new one two three last next year years week month day time without");
const isNotContent = (word: string) => isStopWord(word) || isReportingVerb(word) || TOPIC_NEUTRAL.has(word);

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
    if (word.length < 3 || isNotContent(word) || /^\d+$/.test(word)) continue;
    terms.push(stemWord(word));
  }
  return terms;
}
