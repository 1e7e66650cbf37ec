import { foldText } from "../normalize/fold-text";
import { stemWord } from "../normalize/stem";
import type { SentenceAnalysis } from "../types";
import type { SentenceBag } from "./sentence-bag";
import { matchItems } from "./soft-overlap";

// Two claims about different acts of one person often share the person's name and the title
// written before it ("Chancellor X said ..." / "... a letter to Chancellor X") and nothing else.
// The sentence-pair model damps a pair that shares only names (pair-scorer.ts), but there the
// title counts as a shared word, so the damping never fires. A title is told apart from a
// shared predicate by where and what it is: the word right before a person's name whose
// commonest sense is a noun, or which has none ("met X" is a verb and stays evidence). A hand
// list of titles was tried and lost true links (decision 0130); this reads the analysis.

const TITLE_REACH = 2; // words back from a name that may form its title ("prime minister")

/** Stems of the title words written directly before a person's name in a claim. */
export function findTitleStems(analysis: SentenceAnalysis): Set<string> {
  const titles = new Set<string>();
  for (const e of analysis.entities) {
    if (e.type !== "person") continue;
    const first = foldText(e.text).split(/[^a-z0-9]+/).find(Boolean);
    if (!first) continue;
    const at = analysis.terms.indexOf(stemWord(first));
    for (let k = at - 1; at > 0 && k >= Math.max(0, at - TITLE_REACH); k--) {
      if (!readsAsTitle(analysis.concepts[k] ?? [])) break;
      titles.add(analysis.terms[k]!);
    }
  }
  return titles;
}

const titleCache = new WeakMap<SentenceAnalysis, Set<string>>();

function titlesOf(analysis: SentenceAnalysis): Set<string> {
  let titles = titleCache.get(analysis);
  if (!titles) titleCache.set(analysis, (titles = findTitleStems(analysis)));
  return titles;
}

// Synonym-set keys open with their part of speech; the rarer senses carry a "~" mark. A word
// the lexicon gives no sense is read as part of the name (the analysis looks up no senses for
// a capitalised word next to a name).
const readsAsTitle = (concepts: readonly string[]) => concepts.length === 0 || concepts[0]!.startsWith("n");

/**
 * True when all the two claims share is names (at least one person's) and the titles before
 * those names: no word of what was done or said is common to both.
 */
export function sharesOnlyNames(a: { analysis: SentenceAnalysis; bag: SentenceBag }, b: { analysis: SentenceAnalysis; bag: SentenceBag }): boolean {
  const persons = new Set(a.analysis.entities.filter((e) => e.type === "person").map((e) => `e:${e.key}`));
  // Most pairs share no person at all: they are answered before the item-by-item reading.
  if (!b.analysis.entities.some((e) => e.type === "person" && persons.has(`e:${e.key}`))) return false;
  const titlesA = titlesOf(a.analysis), titlesB = titlesOf(b.analysis);
  let person = false;
  for (const ia of a.bag.items) {
    for (const ib of b.bag.items) {
      if (matchItems(ia, ib) <= 0) continue;
      if (ia.entity && ib.entity && ia.key === ib.key && persons.has(ia.key)) person = true;
      if (ia.entity || ib.entity) continue;
      if (!(titlesA.has(ia.key) && titlesB.has(ib.key))) return false;
    }
  }
  return person;
}
