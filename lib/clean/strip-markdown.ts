// Markdown is reduced to the plain-text shape the rest of the step reads: blocks separated by
// blank lines, syntax gone. The first heading above any body text is the headline; images are
// not story text, so they go to `removed`. Work is line by line with simple patterns, on text
// already tidied (runs of spaces collapsed), which keeps every `\s*` from backtracking far.

import type { Removed } from "../types";
import { dropActiveElements, stripInlineMarkdown } from "./strip-inline-markdown";

export interface StrippedMarkdown {
  text: string;
  title: string | null;
  removed: Removed[];
}

const FENCE = /^\s{0,3}(?:```|~~~)/;
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,9}[.)])\s+/;
const QUOTE_PREFIX = /^\s{0,3}(?:>\s?)+/;
const REFERENCE_DEFINITION = /^\s{0,3}\[[^\]\n]{1,200}\]:\s*\S/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;

/** "***", "---", "___" with optional spaces: a thematic break. */
function isThematicBreak(line: string): boolean {
  const bare = line.replace(/\s/g, "");
  return bare.length >= 3 && /^(?:\*+|-+|_+)$/.test(bare);
}

function readAtxHeading(line: string): string | null {
  const match = /^\s{0,3}#{1,6}(?:\s|$)/.exec(line);
  if (!match) return null;
  let end = line.length;
  while (end > match[0].length && (line.charAt(end - 1) === "#" || line.charAt(end - 1) === " ")) end--;
  return line.slice(match[0].length, end).trim();
}

/** Strips Markdown syntax; returns blank-line-separated blocks, the headline and the images. */
export function stripMarkdown(markdown: string): StrippedMarkdown {
  const removed: Removed[] = [];
  const out: string[] = [];
  let title: string | null = null;
  let seenBody = false;
  let inFence = false;
  const emitBlock = (text: string) => out.push("", text, "");
  const source = markdown.includes("<") ? dropActiveElements(markdown) : markdown;
  for (const rawLine of source.split("\n")) {
    if (FENCE.test(rawLine)) {
      inFence = !inFence;
      continue;
    }
    if (inFence) {
      out.push(rawLine);
      continue;
    }
    const heading = readAtxHeading(rawLine);
    const previous = out[out.length - 1] ?? "";
    if (heading === null && /^\s{0,3}(?:=+|-+)\s*$/.test(rawLine) && previous.trim() && !isThematicBreak(previous)) {
      // Setext underline: the line above was a heading.
      out.pop();
      if (title === null && out.every((line) => !line.trim())) title = previous.trim();
      else emitBlock(previous);
      continue;
    }
    if (heading !== null) {
      const text = stripInlineMarkdown(heading, removed);
      if (title === null && !seenBody && text) title = text;
      else if (text) emitBlock(text);
      continue;
    }
    if (isThematicBreak(rawLine) || REFERENCE_DEFINITION.test(rawLine) || TABLE_RULE.test(rawLine)) {
      out.push("");
      continue;
    }
    let line = rawLine.replace(QUOTE_PREFIX, "");
    const isItem = LIST_ITEM.test(line);
    line = stripInlineMarkdown(line.replace(LIST_ITEM, "").replace(/^\s*\|\s*|\s*\|\s*$/g, ""), removed);
    if (line.trim()) seenBody = true;
    if (isItem) emitBlock(line);
    else out.push(line);
  }
  return { text: out.join("\n"), title, removed };
}
