// What the comparison page's search counts as a hit: the query as typed (case, accents and
// quotes folded), or the same words spelt another way. Outlets romanise names differently
// ("Zelensky", "Zelenskiy", "Zelenskyy"), so words are compared by the skeleton the engine
// uses to tell name variants apart (lib/normalize), which forgets exactly those differences.
import { foldText } from "@/lib/normalize/fold-text";
import { skeletonizeWord } from "@/lib/normalize/name-variants-rules";

const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

interface Word {
  start: number;
  end: number;
  key: string;
}

/** A word's key: folded, without a possessive, reduced to its spelling skeleton. */
function keyWord(word: string): string {
  return skeletonizeWord(foldText(word).replace(/'s$/, "").replace(/'/g, ""));
}

function listWords(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ start: m.index, end: m.index + m[0].length, key: keyWord(m[0]) }));
}

/** Where in `text` the query's words occur in any spelling, as [start, end) offsets into `text`. */
export function findVariantSpans(text: string, query: string): [number, number][] {
  const wanted = listWords(query).map((w) => w.key);
  if (wanted.length === 0) return [];
  const words = listWords(text);
  const spans: [number, number][] = [];
  for (let i = 0; i + wanted.length <= words.length; i++) {
    if (wanted.every((key, j) => words[i + j]!.key === key)) spans.push([words[i]!.start, words[i + wanted.length - 1]!.end]);
  }
  return spans;
}

/** True when `text` contains the query as typed (folded) or its words in another spelling. */
export function matchesQuery(text: string, query: string): boolean {
  const needle = foldText(query);
  if (!needle) return false;
  return foldText(text).includes(needle) || findVariantSpans(text, query).length > 0;
}
