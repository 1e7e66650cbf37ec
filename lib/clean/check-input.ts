// Bad input is caught before any heavy work and named in words a user can act on: a binary file
// uploaded by mistake, a text far beyond the size limit, or nothing at all. The engine's own
// faults stay ordinary errors; these are InputErrors so every edge can answer 4xx, not 500.

import { InputError } from "../errors";
import { LIMITS } from "../limits";

/** Share of control or replacement characters above which text is taken for binary data. */
const MAX_JUNK_SHARE = 0.02;
const MIN_JUNK_CHARS = 4;

function formatMegabytes(chars: number): string {
  return `${(chars / 1_000_000).toFixed(chars < 10_000_000 ? 1 : 0)} MB`;
}

/** Throws "too-large" past the per-source limit; the message gives both sizes. */
export function assertWithinSizeLimit(raw: string): void {
  if (raw.length <= LIMITS.maxSourceChars) return;
  throw new InputError(
    "too-large",
    `The source is ${formatMegabytes(raw.length)} of text, over the limit of ` +
      `${formatMegabytes(LIMITS.maxSourceChars)} (${LIMITS.maxSourceChars.toLocaleString("en-US")} characters) per source.`,
  );
}

/** True for C0/C1 controls other than ordinary whitespace, and U+FFFD from a failed decode. */
function isJunkChar(code: number): boolean {
  if (code === 0x09 || code === 0x0a || code === 0x0c || code === 0x0d) return false;
  return code < 0x20 || (code >= 0x7f && code <= 0x9f) || code === 0xfffd;
}

/** Throws "binary" for NUL bytes or a high share of control/replacement characters. */
export function assertTextNotBinary(raw: string): void {
  if (raw.includes("\u0000")) {
    throw new InputError("binary", "The source looks like a binary file (it contains NUL bytes), not text or HTML.");
  }
  let junk = 0;
  for (let i = 0; i < raw.length; i++) if (isJunkChar(raw.charCodeAt(i))) junk++;
  if (junk >= MIN_JUNK_CHARS && junk > raw.length * MAX_JUNK_SHARE) {
    const percent = ((junk / raw.length) * 100).toFixed(1);
    throw new InputError(
      "binary",
      `The source looks like a binary file or the wrong text encoding: ${percent}% of its characters ` +
        "are control or unreadable characters.",
    );
  }
}

/** Throws "empty" when there is no visible text at all. */
export function assertNotEmpty(text: string, what = "The source"): void {
  if (/\S/.test(text)) return;
  throw new InputError("empty", `${what} is empty: there is no text to compare.`);
}

/** All input checks in the order a user would want to hear about them. */
export function checkRawInput(raw: string): void {
  assertWithinSizeLimit(raw);
  assertNotEmpty(raw);
  assertTextNotBinary(raw);
}
