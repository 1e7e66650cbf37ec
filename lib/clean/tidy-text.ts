// Pasted and scraped text carries invisible debris (Windows line ends, non-breaking and zero-width
// spaces, soft hyphens, a byte-order mark) that would make two identical paragraphs look different
// to the duplicate check and split words for the aligner. Tidy it once, before anything else.

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
