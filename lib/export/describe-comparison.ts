import type { Source } from "../types";

// The cleaned text of a source, as stored beside a comparison (the inputs' "cleaned" column).
// Labels, the event's name and member text are the read model's (lib/comparison/).

/** A source's sentences in reading order, as paragraphs separated by a blank line. */
export function readCleanedText(source: Source): string {
  const paragraphs: string[][] = [];
  let last: number | null = null;
  for (const sentence of source.sentences) {
    if (sentence.paragraph !== last) paragraphs.push([]);
    paragraphs.at(-1)!.push(sentence.text);
    last = sentence.paragraph;
  }
  return paragraphs.map((p) => p.join(" ")).join("\n\n");
}
