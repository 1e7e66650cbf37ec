// Plain text arrives in two shapes: one paragraph per line (most pastes and scrapes, the seeds
// included), or hard-wrapped at a fixed width (e-mail, terminals, legal footers). A blank line
// always ends a paragraph; a single line break ends one too unless the next line visibly
// continues the sentence. The test is deliberately local (this line and the next) so it costs
// one pass and never merges two complete sentences that were set as separate paragraphs.

import { endsClause, endsSentence } from "./text-shape";

/** Widths real wrappers use (72, 76, 80 ...); longer lines are paragraphs, not wrapped lines. */
const MIN_WRAP_WIDTH = 40;
const MAX_WRAP_WIDTH = 110;

/** Splits tidied text into paragraphs, rejoining hard-wrapped lines. */
export function splitParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const block of text.split(/\n\n+/)) {
    const lines = block.split("\n").filter((line) => line.length > 0);
    const width = measureWrapWidth(lines);
    let current: string | null = null;
    let lastLine = "";
    for (const line of lines) {
      if (current !== null && shouldJoinLines(current, lastLine, line, width)) current = joinLines(current, line);
      else {
        if (current !== null) paragraphs.push(current);
        current = line;
      }
      lastLine = line;
    }
    if (current !== null) paragraphs.push(current);
  }
  return paragraphs;
}

/**
 * The wrap width of a block when most of its lines stop near one width (a wrapper's work);
 * null when the lines look like free-standing paragraphs.
 */
function measureWrapWidth(lines: string[]): number | null {
  if (lines.length < 3) return null;
  const body = lines.slice(0, -1);
  // reduce, not Math.max(...spread): a 2 MB paste can hold more lines than call arguments allowed.
  const width = body.reduce((max, line) => Math.max(max, line.length), 0);
  if (width < MIN_WRAP_WIDTH || width > MAX_WRAP_WIDTH) return null;
  const nearWidth = body.filter((line) => line.length >= width * 0.75).length;
  return nearWidth >= body.length * 0.7 ? width : null;
}

/** `previous` is the paragraph so far; `lastLine` its last physical line, whose length counts. */
function shouldJoinLines(previous: string, lastLine: string, next: string, width: number | null): boolean {
  if (endsClause(previous)) return false;
  if (startsLowercase(next)) return true;
  if (width !== null && lastLine.length >= width * 0.75) return true;
  // "more than\n50 people": a number continues a line that stopped on a lower-case word.
  return /^[\d$€£¥%]/u.test(next) && /\s\p{Ll}[\p{L}'’-]*$/u.test(previous.slice(-40)) && !endsSentence(previous);
}

function startsLowercase(line: string): boolean {
  return /^\p{Ll}/u.test(line);
}

function joinLines(previous: string, next: string): string {
  // A word broken at the margin ("inter-\nnational") keeps its hyphen but loses the space.
  if (/\p{L}-$/u.test(previous.slice(-2)) && startsLowercase(next)) return previous + next;
  return `${previous} ${next}`;
}
