// Inline Markdown inside one line: images (dropped, recorded), links (their text kept), emphasis,
// code spans, escapes and stray inline HTML. Markers are deleted rather than matched in pairs:
// pair matching needs backtracking regexes, and a lone "*" left in news text is harmless anyway.

import type { Removed } from "../types";

const IMAGE = /!\[([^\]\n]{0,300})\](?:\([^)\n]{0,1000}\)|\[[^\]\n]{0,100}\])/g;
const LINK = /\[([^\]\n]{1,300})\](?:\([^)\n]{0,1000}\)|\[[^\]\n]{0,100}\])/g;
const AUTOLINK = /<((?:https?|mailto):[^<>\s]{1,1000})>/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>|~])/g;
const ESCAPED = "\ue000";
/** Elements whose content must go with their tags, even in a Markdown file. */
const ACTIVE_TAGS = ["script", "style", "iframe", "noscript", "template", "svg", "object"];

/**
 * Removes `<tag ...>...</tag>` for active tags, across lines, so a script's body never becomes
 * text. One forward scan per tag keeps it linear.
 */
export function dropActiveElements(line: string): string {
  for (const tag of ACTIVE_TAGS) {
    const lower = line.toLowerCase();
    const kept: string[] = [];
    let from = 0;
    let start = lower.indexOf(`<${tag}`);
    while (start !== -1) {
      kept.push(line.slice(from, start));
      const close = lower.indexOf(`</${tag}`, start);
      const closeEnd = close === -1 ? -1 : lower.indexOf(">", close);
      from = closeEnd === -1 ? line.length : closeEnd + 1;
      start = lower.indexOf(`<${tag}`, from);
    }
    kept.push(line.slice(from));
    line = kept.join("");
  }
  return line;
}

/** Strips inline syntax from one line; images are appended to `removed`. */
export function stripInlineMarkdown(line: string, removed: Removed[]): string {
  const escapes: string[] = [];
  const text = line.replace(ESCAPE, (_match, char: string) => {
    escapes.push(char);
    return ESCAPED;
  });
  const plain = text
    .replace(IMAGE, (match: string) => {
      removed.push({ text: match, reason: "other" });
      return "";
    })
    .replace(LINK, "$1")
    .replace(AUTOLINK, "$1")
    .replace(/<\/?[a-z][a-z0-9-]{0,20}(?:\s[^<>]{0,500})?\/?>/gi, "")
    .replace(/\*\*|__|~~|`/g, "")
    .replace(/(^|[\s(["“])[*_](?=\S)/g, "$1")
    .replace(/(\S)[*_](?=$|[\s).,;:!?"”])/g, "$1");
  let next = 0;
  return plain.replace(new RegExp(ESCAPED, "g"), () => escapes[next++] ?? "");
}
