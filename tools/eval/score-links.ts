// Alignment is scored over links (pairs of sentences from two different articles put together),
// so a group split in two or merged with a neighbour costs in proportion to what it got wrong.

import type { Comparison } from "../../lib/types";
import type { GoldFile, LinkScore } from "./gold-types";
import type { GoldLocation } from "./match-quotes";

const MAX_LINK_PROBLEMS = 12;

export function scoreLinks(gold: GoldFile, comparison: Comparison, where: GoldLocation, problems: string[]): LinkScore {
  const goldLinks = new Set<string>();
  const goldLinksByGroup = where.picked.map((sentences) => {
    const links = new Set<string>();
    for (const x of sentences)
      for (const y of sentences)
        if (x.article !== y.article && x.sentenceId !== y.sentenceId) links.add(makeLinkKey(x.sentenceId, y.sentenceId));
    for (const link of links) goldLinks.add(link);
    return links;
  });

  // Only sentences the gold knows about count: the gold says nothing about the rest.
  const foundLinks = new Set<string>();
  const spurious: string[] = [];
  for (const group of comparison.groups) {
    const sentences = group.members.flatMap((m) => m.sentenceIds.map((id) => ({ id, sourceId: m.sourceId })));
    let wrong = 0;
    for (const x of sentences)
      for (const y of sentences) {
        if (x.sourceId === y.sourceId || !where.groupOfSentence.has(x.id) || !where.groupOfSentence.has(y.id)) continue;
        const key = makeLinkKey(x.id, y.id);
        if (!foundLinks.has(key) && !goldLinks.has(key)) wrong++;
        foundLinks.add(key);
      }
    if (wrong) spurious.push(`result group ${group.id} joins ${wrong} sentence pair(s) the gold keeps apart`);
  }

  const missing: string[] = [];
  goldLinksByGroup.forEach((links, gi) => {
    const lost = [...links].filter((link) => !foundLinks.has(link)).length;
    if (lost) missing.push(`group "${describeGroup(gold, gi)}": ${lost} of ${links.size} link(s) not found`);
  });
  problems.push(...missing.slice(0, MAX_LINK_PROBLEMS), ...spurious.slice(0, MAX_LINK_PROBLEMS));

  const tp = [...foundLinks].filter((link) => goldLinks.has(link)).length;
  const precision = foundLinks.size ? tp / foundLinks.size : goldLinks.size ? 0 : 1;
  const recall = goldLinks.size ? tp / goldLinks.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return {
    gold: goldLinks.size,
    found: foundLinks.size,
    tp,
    precision: round3(precision),
    recall: round3(recall),
    f1: round3(f1),
  };
}

function makeLinkKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

export function describeGroup(gold: GoldFile, index: number): string {
  const group = gold.groups[index];
  return (group?.note ?? group?.members[0]?.quotes[0] ?? `#${index + 1}`).slice(0, 60);
}

export function round3(x: number): number {
  return Number(x.toFixed(3));
}
