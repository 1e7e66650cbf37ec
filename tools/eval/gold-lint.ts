// Checks a hand-written gold file against the articles it describes, so that a quote that picks
// two sentences or a forgotten sentence is caught when the gold is written, not when a score
// mysteriously drops. Sentences come from a crude reader, so a finding is a prompt to look.

import type { GoldFile } from "./gold-types";
import { normalizeForMatch } from "./match-quotes";

/** Per article id: its sentences as read roughly, repeats included, in reading order. */
export type RoughArticles = Map<string, string[]>;

export function lintGold(gold: GoldFile, articles: RoughArticles): string[] {
  const findings: string[] = [];
  const picks = new Map<string, number>(); // "article|sentence" -> gold group index
  const distinct = (id: string) => [...new Set((articles.get(id) ?? []).map(normalizeForMatch))];
  const containing = (id: string, quote: string) => distinct(id).filter((s) => s.includes(normalizeForMatch(quote)));

  gold.groups.forEach((group, gi) => {
    for (const member of group.members) {
      const picked = member.quotes.flatMap((quote) => {
        const hits = containing(member.article, quote);
        if (hits.length !== 1) findings.push(`group ${gi + 1}: "${quote}" picks ${hits.length} sentences of ${member.article}`);
        return hits;
      });
      for (const sentence of picked) {
        const key = `${member.article}|${sentence}`;
        const earlier = picks.get(key);
        if (earlier !== undefined && earlier !== gi)
          findings.push(`groups ${earlier + 1} and ${gi + 1} both pick "${sentence.slice(0, 50)}" of ${member.article}`);
        picks.set(key, gi);
      }
      const value = group.values?.[member.article];
      if (value !== undefined && !picked.some((s) => s.includes(normalizeForMatch(value))))
        findings.push(`group ${gi + 1}: value "${value}" is not in the sentences of ${member.article}`);
    }
  });

  const boilerplateOf = (id: string) => (gold.boilerplate?.[id] ?? []).map(normalizeForMatch);
  for (const article of gold.articles) {
    const sentences = distinct(article.id);
    const chrome = boilerplateOf(article.id);
    for (const quote of chrome) {
      if (!sentences.some((s) => s.includes(quote))) findings.push(`boilerplate "${quote}" is not in ${article.id}`);
      const prefix = `${article.id}|`;
      for (const [key] of picks)
        if (key.startsWith(prefix) && key.slice(prefix.length).includes(quote))
          findings.push(`boilerplate "${quote}" is inside a gold sentence of ${article.id}`);
    }
    for (const quote of gold.duplicates?.[article.id] ?? []) {
      const copies = (articles.get(article.id) ?? []).filter((s) => normalizeForMatch(s).includes(normalizeForMatch(quote)));
      if (copies.length < 2) findings.push(`duplicate "${quote}" occurs ${copies.length} time(s) in ${article.id}`);
    }
    const title = normalizeForMatch(article.title ?? "");
    for (const sentence of sentences) {
      const accounted =
        picks.has(`${article.id}|${sentence}`) || chrome.some((q) => sentence.includes(q)) || (title !== "" && title.includes(sentence));
      if (!accounted) findings.push(`sentence of ${article.id} in no group: "${sentence.slice(0, 70)}"`);
    }
  }
  return findings;
}
