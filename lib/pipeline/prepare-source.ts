import { cleanSource } from "../clean/clean-source";
import { findDuplicates } from "../clean/find-duplicates";
import { InputError, isInputError } from "../errors";
import { LIMITS } from "../limits";
import { splitSentences } from "../segment/split-sentences";
import type { CleanedSource, Removed, Sentence, SourceInput } from "../types";

// Clean and segment one source: paragraphs become sentences with contract ids, and a sentence
// that repeats an earlier one (scrapers print paragraphs twice, or a lede is restated) is
// moved to `removed` as a duplicate rather than silently dropped.

export interface PreparedSource {
  id: string;
  cleaned: CleanedSource;
  sentences: Sentence[];
  removed: Removed[];
}

export function prepareSource(input: SourceInput, index: number): PreparedSource {
  const id = `s${index + 1}`;
  let cleaned: CleanedSource;
  try {
    cleaned = cleanSource(input);
  } catch (error) {
    if (isInputError(error)) throw new InputError(error.code, `Source ${index + 1}: ${error.message}`, index);
    throw error;
  }
  const spans = cleaned.paragraphs.flatMap((text, paragraph) => splitSentences(text).map((span) => ({ text: span.text, paragraph })));
  const duplicates = new Set(findDuplicates(spans.map((s) => s.text)));
  const removed: Removed[] = [...cleaned.removed];
  const sentences: Sentence[] = [];
  spans.forEach((span, k) => {
    if (duplicates.has(k)) removed.push({ text: span.text, reason: "duplicate" });
    else sentences.push({ id: `${id}.${sentences.length + 1}`, text: span.text, paragraph: span.paragraph });
  });
  if (sentences.length > LIMITS.maxSentencesPerSource) {
    throw new InputError(
      "too-large",
      `Source ${index + 1} has ${sentences.length} sentences after cleaning; the limit is ${LIMITS.maxSentencesPerSource}. Is it one article?`,
      index,
    );
  }
  return { id, cleaned, sentences, removed };
}

/** For text that is already one clean statement per line (sentence-pair corpora): no cleaning. */
export function prepareVerbatim(input: SourceInput, index: number): PreparedSource {
  const id = `s${index + 1}`;
  const paragraphs = (input.text ?? "").split(/\n+/).map((p) => p.trim()).filter(Boolean);
  const sentences = paragraphs.flatMap((text, paragraph) => splitSentences(text).map((span) => ({ text: span.text, paragraph })));
  const cleaned: CleanedSource = { title: input.title ?? null, outlet: input.outlet ?? null, byline: null, publishedAt: input.publishedAt ?? null, url: input.url ?? null, paragraphs, removed: [], warnings: [] };
  return { id, cleaned, sentences: sentences.map((s, k) => ({ id: `${id}.${k + 1}`, ...s })), removed: [] };
}
