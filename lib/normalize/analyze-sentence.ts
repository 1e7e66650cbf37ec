// The analyze step: everything the aligner and the classifier need to know about one sentence.
// It runs on every sentence of every source (~1000 for 12 sources), so each part is a scan or a
// Map lookup; nothing here parses the sentence. `analyzeSentences` is the better entry point
// for a whole source: it lets the sentences of one document inform each other's names.
import type { AnalyzeContext, EntityMention, EntityType, Lexicon, SentenceAnalysis } from "../types";
import { extractDates } from "./dates";
import { collectNameWords, extractEntities, type EntityOptions } from "./entities";
import { tokenizeWords } from "./fold-text";
import { wordnetLexicon } from "./lexicon";
import { toEntityKey } from "./name-variants";
import { findNegations } from "./negation";
import { extractNumbers } from "./numbers";
import { findQuotations } from "./quotes";
import { findAsides } from "./find-asides";
import { findSpeakers } from "./speakers";
import { deinflectWord, stemWord } from "./stem";
import { isStopWord } from "./stop-words";

// Particles that make phrasal verbs WordNet lists as one lemma ("turn down", "call for").
const PARTICLES = new Set([
  "up", "down", "out", "off", "in", "on", "over", "back", "away", "around", "for", "through", "about", "along",
  "forward", "aside",
]);
const NO_CONCEPTS: readonly string[] = Object.freeze([]);
const MEMO_LIMIT = 50_000;
const conceptMemo = new WeakMap<Lexicon, Map<string, readonly string[]>>();

function findLemmaSynsets(word: string, lexicon: Lexicon): readonly string[] {
  for (const lemma of deinflectWord(word)) {
    const keys = lexicon.synsets(lemma);
    if (keys.length > 0) return keys;
  }
  return NO_CONCEPTS;
}

/**
 * Synset keys of a word: a phrasal verb with the next word wins ("turned down" → "turn down");
 * otherwise the word's own senses plus those of its dictionary form, since an inflected form
 * can be a lemma of its own with other senses ("stated" the adjective, "state" the verb).
 */
function lookupConcepts(word: string, next: string | undefined, lexicon: Lexicon): readonly string[] {
  if (next !== undefined && PARTICLES.has(next)) {
    const phrasal = [word, ...deinflectWord(word)].map((lemma) => lexicon.synsets(`${lemma} ${next}`)).find((keys) => keys.length > 0);
    if (phrasal) return phrasal;
  }
  const own = lexicon.synsets(word);
  const base = findLemmaSynsets(word, lexicon);
  if (base.length === 0) return own;
  if (own.length === 0) return base;
  return [...new Set([...own, ...base])];
}

function lookupConceptsMemo(word: string, next: string | undefined, lexicon: Lexicon): readonly string[] {
  let memo = conceptMemo.get(lexicon);
  if (!memo) conceptMemo.set(lexicon, (memo = new Map()));
  const memoKey = next !== undefined && PARTICLES.has(next) ? `${word} ${next}` : word;
  let concepts = memo.get(memoKey);
  if (concepts === undefined) {
    concepts = lookupConcepts(word, next, lexicon);
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(memoKey, concepts);
  }
  return concepts;
}

// "9%", "9 percent" and "9 per cent" are one house style apart: all give the term "percent".
function spellUnit(word: string, previous: string | undefined): string {
  if (word.endsWith("%")) return "percent";
  return word === "cent" && previous === "per" ? "percent" : word;
}

// "lukashenko's" is about Lukashenko; the tokenizer keeps the possessive on the word.
const stripPossessive = (token: string) => token.replace(/'s$/, "");

export function analyzeSentence(
  text: string,
  ctx: AnalyzeContext,
  lexicon: Lexicon = wordnetLexicon,
  options: EntityOptions = {},
): SentenceAnalysis {
  const tokens = tokenizeWords(text);
  const terms: string[] = [];
  const concepts: (readonly string[])[] = [];
  tokens.forEach((token, i) => {
    const word = spellUnit(stripPossessive(token), tokens[i - 1]);
    if (!/\p{L}/u.test(word) || isStopWord(word)) return;
    terms.push(stemWord(word));
    concepts.push(lookupConceptsMemo(word, tokens[i + 1], lexicon));
  });
  const entities = extractEntities(text, options);
  const quotations = findQuotations(text);
  return {
    tokens,
    terms,
    // Shared, frozen arrays from the memo: copied so callers own what they get.
    concepts: concepts.map((keys) => [...keys]),
    numbers: extractNumbers(text),
    dates: extractDates(text, ctx),
    entities,
    quotes: quotations.map((q) => q.text),
    quoteSpans: quotations.map(({ start, end }) => ({ start, end })),
    negations: findNegations(tokens),
    speakers: findSpeakers(text, entities),
    asides: findAsides(text),
  };
}

/**
 * Analyses the sentences of one document together: a word written capitalised mid-sentence
 * anywhere ("... said Trump") marks it as a name at the start of another sentence ("Trump
 * said"), and a name typed in one sentence ("President Trump") types its bare mentions.
 */
export function analyzeSentences(texts: readonly string[], ctx: AnalyzeContext, lexicon: Lexicon = wordnetLexicon): SentenceAnalysis[] {
  const knownNames = collectNameWords(texts);
  const analyses = texts.map((text) => analyzeSentence(text, ctx, lexicon, { knownNames }));
  const typeByKey = new Map<string, EntityType>();
  for (const analysis of analyses) {
    for (const e of analysis.entities) if (e.type !== "other" && !typeByKey.has(e.key)) typeByKey.set(e.key, e.type);
  }
  for (const analysis of analyses) {
    analysis.entities = analysis.entities.map((e) => retype(e, typeByKey.get(e.key)));
  }
  return analyses;
}

function retype(entity: EntityMention, type: EntityType | undefined): EntityMention {
  if (entity.type !== "other" || type === undefined) return entity;
  return { ...entity, type, key: toEntityKey(entity.text, type) };
}
