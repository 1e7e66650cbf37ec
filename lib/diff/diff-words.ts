import DiffMatchPatch from "diff-match-patch";
import type { DiffOp } from "../types";
import { boundTokens } from "./bound-tokens";

// diff-match-patch diffs characters; word mode is its documented line-mode trick applied to
// words: each distinct token becomes one private character, the characters are diffed, and the
// result is mapped back. Timeout 0 means "no deadline", so the result never depends on how
// fast the machine is; instead each side's token count is bounded (bound-tokens.ts).
const engine = new DiffMatchPatch();
engine.Diff_Timeout = 0;

// Words, runs of whitespace, and single punctuation marks are the units a reader sees change.
const TOKEN = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*|\s+|[^\s\p{L}\p{N}]/gu;

/** Splits text into the units a word diff compares; joining them gives the text back. */
export function tokenizeForDiff(text: string): string[] {
  return text.match(TOKEN) ?? [];
}

function encodeTokens(tokens: string[], codes: Map<string, string>, table: string[]): string {
  let out = "";
  for (const token of tokens) {
    let code = codes.get(token);
    if (code === undefined) {
      // Skip the surrogate range so every token is one UTF-16 unit that diff never splits.
      const n = table.length < 0xd800 ? table.length : table.length + 0x800;
      code = String.fromCharCode(n);
      codes.set(token, code);
      table.push(token);
    }
    out += code;
  }
  return out;
}

/** The tokens the diff actually compares: at most DIFF_LIMITS.maxTokens, joining to `text`. */
export function prepareDiffTokens(text: string): string[] {
  return boundTokens(tokenizeForDiff(text));
}

/** Word-level diff of `b` against `a`: ops of -1 (only in a), 1 (only in b), 0 (both). */
export function diffWords(a: string, b: string): DiffOp[] {
  const codes = new Map<string, string>();
  const table: string[] = [];
  const ca = encodeTokens(prepareDiffTokens(a), codes, table);
  const cb = encodeTokens(prepareDiffTokens(b), codes, table);
  const diffs = engine.diff_main(ca, cb, false);
  engine.diff_cleanupSemantic(diffs);
  const ops: DiffOp[] = [];
  for (const [op, chars] of diffs) {
    let text = "";
    for (const ch of chars) {
      const n = ch.charCodeAt(0);
      text += table[n < 0xd800 ? n : n - 0x800] ?? "";
    }
    const last = ops[ops.length - 1];
    if (last && last[0] === op) last[1] += text;
    else if (text) ops.push([op as -1 | 0 | 1, text]);
  }
  return ops;
}
