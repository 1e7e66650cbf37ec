import { alignSentences, DEFAULT_ALIGN_OPTIONS, type AlignModels } from "../align/align-sentences";
import type { LinkOptions } from "../align/link-source-pair";
import type { ConflictDeps } from "../classify/conflict-rules";
import { datesAgree } from "../normalize/dates";
import { analyzeSentences } from "../normalize/analyze-sentence";
import { numbersAgree } from "../normalize/numbers";
import { assembleGroup, classifyMembers, type ClassifiedMembers, type MemberPositions, type SourceSentences } from "../pipeline/assemble-group";
import { groupFacts } from "../compare-facts";
import { checkInputs } from "../pipeline/check-inputs";
import { describeSource } from "../pipeline/describe-source";
import { findUnrelatedSources } from "../pipeline/find-unrelated-sources";
import { prepareSource, type PreparedSource } from "../pipeline/prepare-source";
import type { Comparison, EngineDeps, GroupMember, Lexicon, Source, SourceInput } from "../types";
import { countKinds } from "../comparison/count-facts";
import { createFactClassifier } from "./classify-facts";

// The engine: clean → segment → analyze → align → classify → diff. Each step is its own module;
// the engine object only wires them, once, for everyone who compares or classifies: the web
// app's worker, the review (an editor's changed group is classified by the same code as a
// machine group), the command line and pair mode. What differs between engines is data: the
// lexicon and the two fitted link models (decision 0096).

export interface EngineSetup {
  lexicon: Lexicon;
  models: AlignModels;
}

export interface CompareOptions {
  align?: LinkOptions;
  /** Contract version 2: a group is one fact and a sentence may state several (lib/compare-facts.ts). */
  facts?: boolean;
  /** The clean + segment step; pair mode swaps in one that keeps the text verbatim. */
  prepare?: (input: SourceInput, index: number) => PreparedSource;
}

/** Classifies any member set of one comparison's sentences: the classify and diff steps. */
export type Reclassify = (positions: MemberPositions) => ClassifiedMembers;

/** Version 2: classifies a fact from its members' own words (their spans), every value listed. */
export type ReclassifyFacts = (members: readonly GroupMember[]) => Omit<ClassifiedMembers, "members">;

export interface Engine {
  compare(inputs: readonly SourceInput[], deps: EngineDeps, options?: CompareOptions): Comparison;
  /** A classifier over stored sources; their sentences are analysed once, on first use. */
  reclassify(sources: readonly Source[]): Reclassify;
  /** The same for version-2 facts, whose members may be parts of sentences. */
  reclassifyFacts(sources: readonly Source[]): ReclassifyFacts;
}

// The agreement rules the classify step asks, injected here and nowhere else.
const CONFLICT_DEPS: ConflictDeps = { numbersAgree, datesAgree };

export function createEngine({ lexicon, models }: EngineSetup): Engine {
  // A sentence is analysed with its source's publication date, for the machine's comparison
  // and for a review of it alike, so both read "on Monday" as the same day.
  const analyse = (id: string, sentences: Source["sentences"], publishedAt: string | null): SourceSentences => ({
    id,
    sentences,
    analyses: analyzeSentences(sentences.map((s) => s.text), { publishedAt }, lexicon),
  });
  const groupSentences = (withAnalyses: SourceSentences[], align = DEFAULT_ALIGN_OPTIONS) =>
    alignSentences(withAnalyses.map((s) => [...s.analyses]), align, models).map((g, k) => assembleGroup(g, k, withAnalyses, CONFLICT_DEPS));
  return {
    compare(inputs, deps, options = {}) {
      checkInputs(inputs);
      const prepared = inputs.map((input, k) => (options.prepare ?? prepareSource)(input, k));
      const sources = prepared.map((p, k) => describeSource(p, inputs[k]!));
      const groups = options.facts
        ? groupFacts(prepared, sources.map((s) => s.publishedAt), { lexicon, models, align: options.align })
        : groupSentences(prepared.map((p, k) => analyse(p.id, p.sentences, sources[k]!.publishedAt)), options.align);
      const cleaningWarnings = prepared.flatMap((p) => p.cleaned.warnings.map((w) => `source ${p.id} ${w}`));
      const sizes = prepared.map((p, k) => ({ id: p.id, sentenceCount: p.sentences.length, outlet: sources[k]!.outlet, title: sources[k]!.title }));
      const warned = new Set(prepared.filter((p) => p.cleaned.warnings.length > 0).map((p) => p.id));
      return {
        version: options.facts ? 2 : 1,
        id: null,
        createdAt: deps.now().toISOString(),
        sources,
        groups,
        stats: countKinds(groups),
        warnings: [...cleaningWarnings, ...findUnrelatedSources(groups, sizes, warned)],
      };
    },
    reclassify(stored) {
      let analysed: SourceSentences[] | null = null;
      return (positions) => {
        analysed ??= stored.map((s) => analyse(s.id, s.sentences, s.publishedAt));
        return classifyMembers(positions, analysed, CONFLICT_DEPS);
      };
    },
    reclassifyFacts(stored) {
      return createFactClassifier(stored, (texts, publishedAt) => analyzeSentences(texts, { publishedAt }, lexicon), CONFLICT_DEPS);
    },
  };
}
