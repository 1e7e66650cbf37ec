// Turns text into paragraphs. Plain text arrives in two shapes: one paragraph per line (most
// pastes and scrapes, the seeds included), or hard-wrapped at a fixed width (e-mail, terminals, legal footers). A blank line
// always ends a paragraph; a single line break ends one too unless the next line visibly
// continues the sentence. The test is deliberately local (this line and the next) so it costs
// one pass and never merges two complete sentences that were set as separate paragraphs.

import { endsClause, endsSentence } from "./text-shape";

// Pasted and scraped text carries invisible debris (Windows line ends, non-breaking and
// zero-width spaces, soft hyphens, a byte-order mark) that would make two identical paragraphs
// look different to the duplicate check and split words for the aligner: tidy it first.
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/g;
const ODD_SPACE = /[\t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]/g;
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

/** Normalises line ends and spaces; keeps line structure (blank lines mark paragraphs). */
export function tidyText(raw: string): string {
  const lines = raw
    .normalize("NFC")
    .replace(/\r\n?/g, "\n")
    .replace(/[\f\u2028\u2029]/g, "\n")
    .replace(INVISIBLE, "")
    .replace(CONTROL, "")
    .replace(ODD_SPACE, " ")
    .split("\n");
  return lines.map(collapseSpaces).join("\n");
}

/** Collapses runs of spaces and trims (native trim: / +$/ is quadratic on long space runs). */
export function collapseSpaces(line: string): string {
  return line.replace(/ {2,}/g, " ").trim();
}

/** Widths real wrappers use (72, 76, 80 ...); longer lines are paragraphs, not wrapped lines. */
const MIN_WRAP_WIDTH = 40;
const MAX_WRAP_WIDTH = 110;

/** Splits tidied text into paragraphs, rejoining hard-wrapped lines. */
export function splitParagraphs(text: string): string[] {
  const paragraphs: string[] = [];
  for (const block of text.split(/\n\n+/)) {
    const lines = block.split("\n").filter((line) => line.length > 0);
    const width = measureWrapWidth(lines);
    // Parts are joined once per paragraph: growing one string line by line and reading its end
    // would flatten it every time, which is quadratic on a long wrapped text.
    let parts: string[] = [];
    let lastLine = "";
    for (const line of lines) {
      if (parts.length > 0 && shouldJoinLines(lastLine, line, width)) parts.push(joinerOf(lastLine, line), line);
      else {
        if (parts.length > 0) paragraphs.push(parts.join(""));
        parts = [line];
      }
      lastLine = line;
    }
    if (parts.length > 0) paragraphs.push(parts.join(""));
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

/** Whether `next` continues the paragraph whose last physical line is `lastLine`. */
function shouldJoinLines(lastLine: string, next: string, width: number | null): boolean {
  if (endsClause(lastLine)) return false;
  if (startsLowercase(next)) return true;
  if (width !== null && lastLine.length >= width * 0.75) return true;
  // "more than\n50 people": a number continues a line that stopped on a lower-case word.
  return /^[\d$€£¥%]/u.test(next) && /(?:^|\s)\p{Ll}[\p{L}'’-]*$/u.test(lastLine.slice(-40)) && !endsSentence(lastLine);
}

function startsLowercase(line: string): boolean {
  return /^\p{Ll}/u.test(line);
}

/** A word broken at the margin ("inter-\nnational") keeps its hyphen but loses the space. */
function joinerOf(lastLine: string, next: string): string {
  return /\p{L}-$/u.test(lastLine.slice(-2)) && startsLowercase(next) ? "" : " ";
}
