// Sources arrive as pasted text, uploaded files or fetched pages, and the format hint (a file
// extension, a content type) is often missing or wrong. A few cheap looks at the first
// kilobytes tell HTML from Markdown from plain text; an explicit "html" or "markdown" hint wins.

import type { InputFormat, SourceInput } from "../types";

const SNIFF_CHARS = 20_000;
const DOCUMENT_START = /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i;
const HTML_TAG = new RegExp(
  "<\\/?(?:p|div|span|a|br|h[1-6]|article|section|main|li|ul|ol|script|style|table|img|meta|link|body|head|" +
    "title|em|strong|figure|iframe|svg|time|blockquote)(?:\\s[^<>]{0,500})?\\/?>",
  "gi",
);
const MARKDOWN_STRONG = [
  /^#{1,6}\s+\S/m, // heading
  /\[[^\]\n]{1,200}\]\([^)\s]{1,500}\)/, // link or image
  /^\s{0,3}(?:```|~~~)/m, // code fence
  /^\s{0,3}(?:=+|-+)\s*$/m, // setext underline or rule
];
const MARKDOWN_WEAK = [
  /\*\*[^*\n]{1,200}\*\*/, // strong emphasis
  /^>\s/m, // blockquote
  /^\s{0,3}[-*+]\s+\S/m, // bullet list
  /(?:^|\s)_[^_\n]{1,200}_(?:\s|$)/m, // emphasis
];

export interface RawSource {
  raw: string;
  format: InputFormat;
}

/** True when text is an HTML page or fragment rather than prose that mentions a tag. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  if (DOCUMENT_START.test(head)) return true;
  let tags = 0;
  for (const _ of head.matchAll(HTML_TAG)) if (++tags >= 3) return true;
  return false;
}

export function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, SNIFF_CHARS);
  const strong = MARKDOWN_STRONG.filter((pattern) => pattern.test(head)).length;
  const weak = MARKDOWN_WEAK.filter((pattern) => pattern.test(head)).length;
  return strong >= 1 || weak >= 2;
}

/** The text to clean and its format: `html` first, else `text` with the hint or a sniffed format. */
export function pickRawSource(input: SourceInput): RawSource {
  if (input.html !== undefined && /\S/.test(input.html)) return { raw: input.html, format: "html" };
  const raw = input.text ?? input.html ?? "";
  if (input.format === "html" || input.format === "markdown") return { raw, format: input.format };
  // A ".txt" hint still yields to a whole HTML document: pasted page source is common.
  if (input.format === "text") return { raw, format: DOCUMENT_START.test(raw.slice(0, SNIFF_CHARS)) ? "html" : "text" };
  if (looksLikeHtml(raw)) return { raw, format: "html" };
  return { raw, format: looksLikeMarkdown(raw) ? "markdown" : "text" };
}
