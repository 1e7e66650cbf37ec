// An editor's change to a version-2 fact is classified by the classify and diff steps the
// machine's facts went through (classifyMembers, every conflict listing every member's value),
// on each member's own words: a member's spans when it names them, else its whole sentences,
// as the version-2 engine classified its claims. Each distinct part of a sentence is analysed
// once per review, with its source's publication date.
import { listMemberParts } from "../comparison/read-member";
import type { ConflictDeps } from "../classify/conflict-rules";
import { classifyMembers, collectEntityKeys, type ClassifiedMembers, type SourceSentences } from "../pipeline/assemble-group";
import type { GroupMember, Sentence, SentenceAnalysis, Source } from "../types";

type Analyse = (texts: readonly string[], publishedAt: string | null) => SentenceAnalysis[];

export function createFactClassifier(sources: readonly Source[], analyse: Analyse, deps: ConflictDeps): (members: readonly GroupMember[]) => Omit<ClassifiedMembers, "members"> {
  const sentences = new Map(sources.flatMap((s) => s.sentences.map((x) => [x.id, x] as const)));
  const publishedAt = new Map(sources.map((s) => [s.id, s.publishedAt] as const));
  const analyses = new Map<string, SentenceAnalysis>();
  const analyseOnce = (key: string, text: string, sourceId: string) => {
    let found = analyses.get(key);
    if (!found) {
      found = analyse([text], publishedAt.get(sourceId) ?? null)[0]!;
      analyses.set(key, found);
    }
    return found;
  };
  // The names each article gives anywhere, read once per review: an outlet that names a place
  // elsewhere is not disputing it (conflict-rules.ts), as when the engine compared.
  const articleKeys = new Map<string, ReadonlySet<string>>();
  const keysOf = (sourceId: string) => {
    let keys = articleKeys.get(sourceId);
    if (!keys) {
      const source = sources.find((s) => s.id === sourceId);
      keys = collectEntityKeys(source ? analyse(source.sentences.map((x) => x.text), source.publishedAt) : []);
      articleKeys.set(sourceId, keys);
    }
    return keys;
  };
  return (members) => {
    // Each member becomes a source of its own parts, so classifyMembers reads only its words.
    const sides: SourceSentences[] = members.map((member) => {
      const parts = listMemberParts(member, sentences);
      const units: Sentence[] = parts.map((p) => ({ id: p.sentenceId, text: p.text, paragraph: sentences.get(p.sentenceId)!.paragraph }));
      return {
        id: member.sourceId,
        articleKeys: keysOf(member.sourceId),
        sentences: units,
        analyses: parts.map((p) => analyseOnce(`${p.sentenceId}:${p.start}:${p.end}`, p.text, member.sourceId)),
        // A part's loose ends are trimmed, so it may start after its span does.
        offsets: parts.map((p) => sentences.get(p.sentenceId)!.text.indexOf(p.text, p.start)),
      };
    });
    const positions = sides.map((side, source) => ({ source, indices: side.sentences.map((_, i) => i) }));
    const { kind, conflicts, variants, diff } = classifyMembers(positions, sides, deps, { everyValue: true });
    return { kind, conflicts, variants, diff };
  };
}
