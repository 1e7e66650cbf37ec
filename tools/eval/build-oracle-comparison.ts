// The comparison a perfect engine would return for a gold file, built from roughly read
// sentences. It checks the scorer end to end on real fixtures (an oracle must score full marks)
// and gives a known-good baseline to perturb when testing the scorer.

import type { Comparison, Group, Source } from "../../lib/types";
import type { GoldFile } from "./gold-types";
import type { RoughArticles } from "./gold-lint";
import { normalizeForMatch } from "./match-quotes";

export function buildOracleComparison(gold: GoldFile, articles: RoughArticles): Comparison {
  const sources = gold.articles.map((article, i) => cleanLikeGold(gold, article.id, `s${i + 1}`, articles.get(article.id) ?? []));
  const sourceOf = new Map(gold.articles.map((a, i) => [a.id, sources[i]] as const));
  const assigned = new Set<string>();
  const groups: Group[] = [];

  for (const g of gold.groups) {
    const members = g.members.map((m) => {
      const source = sourceOf.get(m.article);
      const needles = m.quotes.map(normalizeForMatch);
      const ids = (source?.sentences ?? [])
        .filter((s) => !assigned.has(s.id) && needles.some((q) => normalizeForMatch(s.text).includes(q)))
        .map((s) => s.id);
      ids.forEach((id) => assigned.add(id));
      return { sourceId: source?.id ?? "?", sentenceIds: ids };
    });
    const values = Object.entries(g.values ?? {}).map(([article, text]) => ({ sourceId: sourceOf.get(article)?.id ?? "?", text }));
    groups.push(makeGroup(groups.length, g.kind, members.filter((m) => m.sentenceIds.length > 0), g.type ? [{ type: g.type, values }] : []));
  }
  for (const source of sources)
    for (const s of source.sentences)
      if (!assigned.has(s.id)) groups.push(makeGroup(groups.length, "unique", [{ sourceId: source.id, sentenceIds: [s.id] }], []));

  const count = (kind: Group["kind"]) => groups.filter((g) => g.kind === kind).length;
  return {
    version: 1,
    id: null,
    createdAt: "2000-01-01T00:00:00.000Z",
    sources,
    groups,
    stats: { shared: count("shared"), conflict: count("conflict"), unique: count("unique") },
    warnings: [],
  };
}

/** Headline to title, boilerplate and repeats to `removed`, the rest to numbered sentences. */
function cleanLikeGold(gold: GoldFile, articleId: string, sourceId: string, rough: string[]): Source {
  const article = gold.articles.find((a) => a.id === articleId);
  const title = normalizeForMatch(article?.title ?? "");
  const chrome = (gold.boilerplate?.[articleId] ?? []).map(normalizeForMatch);
  const seen = new Set<string>();
  const source: Source = {
    id: sourceId,
    title: article?.title ?? null,
    outlet: article?.outlet ?? null,
    url: null,
    publishedAt: article?.publishedAt ?? null,
    sentences: [],
    removed: [],
  };
  for (const text of rough) {
    const folded = normalizeForMatch(text);
    if (title && title.includes(folded)) continue;
    if (chrome.some((q) => folded.includes(q))) source.removed.push({ text, reason: "boilerplate" });
    else if (seen.has(folded)) source.removed.push({ text, reason: "duplicate" });
    else source.sentences.push({ id: `${sourceId}.${source.sentences.length + 1}`, text, paragraph: source.sentences.length });
    seen.add(folded);
  }
  return source;
}

function makeGroup(index: number, kind: Group["kind"], members: Group["members"], conflicts: Group["conflicts"]): Group {
  return { id: `g${index + 1}`, kind, members, score: 1, conflicts, variants: [], diff: null };
}
