// Contract version 2, the engine's `facts` option: clean → segment → claims → analyze → align →
// classify → diff, where the align step matches claims (parts of sentences) and a sentence that
// states several facts is a member of each. Not yet the default: the page, exports and review
// read version 1 today; `npm run eval:dev -- --facts` measures it (docs/decisions/0080).
import { alignSentences, DEFAULT_ALIGN_OPTIONS, type AlignModels } from "./align/align-sentences";
import type { LinkOptions } from "./align/link-source-pair";
import { splitClaims } from "./claims/split-claims";
import { datesAgree } from "./normalize/dates";
import { analyzeSentences } from "./normalize/analyze-sentence";
import { numbersAgree } from "./normalize/numbers";
import { assembleFacts, type ClaimUnit } from "./pipeline/assemble-facts";
import type { SourceSentences } from "./pipeline/assemble-group";
import type { PreparedSource } from "./pipeline/prepare-source";
import type { Group, Lexicon } from "./types";

/**
 * Facts: a source may restate a fact in non-adjacent sentences, a claim may join a second fact,
 * a claim may link to several claims of one source when the link model is sure, and groups hold
 * together by the link model's P(link), not the sentence-pair model's (decision 0130).
 */
export const FACT_ALIGN_OPTIONS: LinkOptions = {
  ...DEFAULT_ALIGN_OPTIONS,
  anyRuns: true,
  manyLinks: 0.5,
  cohesionByLink: true,
  minCohesion: 0.2,
  attachThreshold: 0.25,
  nameOnlyNoLink: true,
};

/** Every sentence cut into claims, each claim analysed as the align step's unit. */
export function analyzeClaims(prepared: readonly PreparedSource[], publishedAt: readonly (string | null)[], lexicon: Lexicon): { claims: SourceSentences[]; units: ClaimUnit[][] } {
  const units = prepared.map((p) => p.sentences.flatMap((s, sentence) => splitClaims(s.text).map(({ start, end }) => ({ sentence, start, end }))));
  const claims = prepared.map((p, k) => {
    const sentences = units[k]!.map((u) => ({ ...p.sentences[u.sentence]!, text: p.sentences[u.sentence]!.text.slice(u.start, u.end) }));
    return { id: p.id, sentences, analyses: analyzeSentences(sentences.map((s) => s.text), { publishedAt: publishedAt[k] ?? null }, lexicon) };
  });
  return { claims, units };
}

/** The facts of a comparison: claims aligned as units, mapped back to sentences with spans. */
export function groupFacts(prepared: readonly PreparedSource[], publishedAt: readonly (string | null)[], setup: { lexicon: Lexicon; models: AlignModels; align?: LinkOptions }): Group[] {
  const { claims, units } = analyzeClaims(prepared, publishedAt, setup.lexicon);
  const models = { ...setup.models, link: setup.models.factLink ?? setup.models.link };
  const aligned = alignSentences(claims.map((c) => [...c.analyses]), setup.align ?? FACT_ALIGN_OPTIONS, models);
  return assembleFacts(aligned, { claims, units, sentences: prepared.map((p) => p.sentences) }, { numbersAgree, datesAgree });
}
