// The engine for contract version 2: clean → segment → claims → analyze → align → classify →
// diff, where the align step matches claims (parts of sentences) and a sentence that states
// several facts is a member of each. Not yet the default: the page, exports and review read
// version 1 today; `npm run eval:dev -- --facts` measures it (docs/decisions/0080).
import { alignSentences, DEFAULT_ALIGN_OPTIONS } from "./align/align-sentences";
import type { LinkOptions } from "./align/link-source-pair";
import { splitClaims } from "./claims/split-claims";
import type { CompareOptions } from "./compare";
import { datesAgree } from "./normalize/dates";
import { analyzeSentences } from "./normalize/analyze-sentence";
import { wordnetLexicon } from "./normalize/lexicon";
import { numbersAgree } from "./normalize/numbers";
import { assembleFacts, type ClaimUnit } from "./pipeline/assemble-facts";
import type { SourceSentences } from "./pipeline/assemble-group";
import { checkInputs } from "./pipeline/check-inputs";
import { describeSource } from "./pipeline/describe-source";
import { findUnrelatedSources } from "./pipeline/find-unrelated-sources";
import { prepareSource, type PreparedSource } from "./pipeline/prepare-source";
import type { Comparison, EngineDeps, Lexicon, SourceInput } from "./types";

/** Facts: a source may restate a fact in non-adjacent sentences, and a claim may join a second fact. */
export const FACT_ALIGN_OPTIONS: LinkOptions = { ...DEFAULT_ALIGN_OPTIONS, anyRuns: true, attachThreshold: 0.08 };

/** Every sentence cut into claims, each claim analysed as the align step's unit. */
export function analyzeClaims(prepared: readonly PreparedSource[], publishedAt: readonly (string | null)[], lexicon: Lexicon): { claims: SourceSentences[]; units: ClaimUnit[][] } {
  const units = prepared.map((p) => p.sentences.flatMap((s, sentence) => splitClaims(s.text).map(({ start, end }) => ({ sentence, start, end }))));
  const claims = prepared.map((p, k) => {
    const sentences = units[k]!.map((u) => ({ ...p.sentences[u.sentence]!, text: p.sentences[u.sentence]!.text.slice(u.start, u.end) }));
    return { id: p.id, sentences, analyses: analyzeSentences(sentences.map((s) => s.text), { publishedAt: publishedAt[k] ?? null }, lexicon) };
  });
  return { claims, units };
}

export function compareFacts(inputs: readonly SourceInput[], deps: EngineDeps, options: CompareOptions = {}): Comparison {
  checkInputs(inputs);
  const prepared = inputs.map((input, k) => (options.prepare ?? prepareSource)(input, k));
  const sources = prepared.map((p, k) => describeSource(p, inputs[k]!));
  const { claims, units } = analyzeClaims(prepared, sources.map((s) => s.publishedAt), options.lexicon ?? wordnetLexicon);
  const aligned = alignSentences(claims.map((c) => [...c.analyses]), options.align ?? FACT_ALIGN_OPTIONS);
  const groups = assembleFacts(aligned, { claims, units, sentences: prepared.map((p) => p.sentences) }, { numbersAgree, datesAgree });
  const stats = { shared: 0, conflict: 0, unique: 0 };
  for (const g of groups) stats[g.kind]++;
  const cleaningWarnings = prepared.flatMap((p) => p.cleaned.warnings.map((w) => `source ${p.id} ${w}`));
  const sizes = prepared.map((p) => ({ id: p.id, sentenceCount: p.sentences.length }));
  const warned = new Set(prepared.filter((p) => p.cleaned.warnings.length > 0).map((p) => p.id));
  return {
    version: 2,
    id: null,
    createdAt: deps.now().toISOString(),
    sources,
    groups,
    stats,
    warnings: [...cleaningWarnings, ...findUnrelatedSources(groups, sizes, warned)],
  };
}
