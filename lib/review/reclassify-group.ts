import { datesAgree } from "../normalize/dates";
import { analyzeSentences } from "../normalize/analyze-sentence";
import { wordnetLexicon } from "../normalize/lexicon";
import { numbersAgree } from "../normalize/numbers";
import { classifyMembers, type SourceSentences } from "../pipeline/assemble-group";
import type { Comparison, Group, Lexicon } from "../types";
import type { ReviewDraft } from "./review-draft";

// A group whose membership an editor changed is classified again by the engine's own code
// (classifyMembers: the classify and diff steps), so a manual link gets its conflict check and
// word diff exactly like a machine link. Sentences are analysed again from their stored text
// with the source's publication date, which is what the engine analysed when it compared them.

export type Reclassify = (group: Group, score: number) => void;

export function createReclassifier(comparison: Comparison, draft: ReviewDraft, lexicon: Lexicon = wordnetLexicon): Reclassify {
  let sources: SourceSentences[] | null = null;
  const analysed = (): SourceSentences[] =>
    (sources ??= comparison.sources.map((s) => ({
      id: s.id,
      sentences: s.sentences,
      analyses: analyzeSentences(
        s.sentences.map((x) => x.text),
        { publishedAt: s.publishedAt },
        lexicon,
      ),
    })));
  return (group, score) => {
    const positions = group.members.map((m) => ({
      source: draft.sourceOrder.get(m.sourceId)!,
      indices: m.sentenceIds.map((id) => draft.position.get(id)!.index),
    }));
    const result = classifyMembers(positions, analysed(), { numbersAgree, datesAgree });
    Object.assign(group, result, { score: result.kind === "unique" ? 1 : score });
  };
}
