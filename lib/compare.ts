import { alignSentences, DEFAULT_ALIGN_OPTIONS } from "./align/align-sentences";
import type { LinkOptions } from "./align/link-source-pair";
import { datesAgree } from "./normalize/dates";
import { analyzeSentences } from "./normalize/analyze-sentence";
import { wordnetLexicon } from "./normalize/lexicon";
import { numbersAgree } from "./normalize/numbers";
import { assembleGroup, type SourceSentences } from "./pipeline/assemble-group";
import { checkInputs } from "./pipeline/check-inputs";
import { prepareSource, type PreparedSource } from "./pipeline/prepare-source";
import { describeSource } from "./pipeline/describe-source";
import { findUnrelatedSources } from "./pipeline/find-unrelated-sources";
import type { Comparison, EngineDeps, Lexicon, SourceInput } from "./types";

// The engine: clean → segment → analyze → align → classify → diff. Each step is its own module;
// this function only passes data along, so any step can be swapped through `options`.

export interface CompareOptions {
  align?: LinkOptions;
  lexicon?: Lexicon;
  /** The clean + segment step; pair mode swaps in one that keeps the text verbatim. */
  prepare?: (input: SourceInput, index: number) => PreparedSource;
}

export function compareSources(inputs: readonly SourceInput[], deps: EngineDeps, options: CompareOptions = {}): Comparison {
  checkInputs(inputs);
  const prepared = inputs.map((input, k) => (options.prepare ?? prepareSource)(input, k));
  const sources = prepared.map((p, k) => describeSource(p, inputs[k]!));
  const lexicon = options.lexicon ?? wordnetLexicon;
  const withAnalyses: SourceSentences[] = prepared.map((p, k) => ({
    id: p.id,
    sentences: p.sentences,
    analyses: analyzeSentences(p.sentences.map((s) => s.text), { publishedAt: sources[k]!.publishedAt }, lexicon),
  }));
  const aligned = alignSentences(withAnalyses.map((s) => [...s.analyses]), options.align ?? DEFAULT_ALIGN_OPTIONS);
  const groups = aligned.map((g, k) => assembleGroup(g, k, withAnalyses, { numbersAgree, datesAgree }));
  const stats = { shared: 0, conflict: 0, unique: 0 };
  const cleaningWarnings = prepared.flatMap((p) => p.cleaned.warnings.map((w) => `source ${p.id} ${w}`));
  const sizes = prepared.map((p, k) => ({ id: p.id, sentenceCount: p.sentences.length, outlet: sources[k]!.outlet, title: sources[k]!.title }));
  for (const g of groups) stats[g.kind]++;
  return {
    version: 1,
    id: null,
    createdAt: deps.now().toISOString(),
    sources,
    groups,
    stats,
    warnings: [...cleaningWarnings, ...findUnrelatedSources(groups, sizes, new Set(prepared.filter((p) => p.cleaned.warnings.length > 0).map((p) => p.id)))],
  };
}
