// A deliberately crude reader used only to check gold files against their articles (are the
// quotes unique, is every sentence accounted for). It must not depend on the engine's own
// cleaner or splitter, which are what the gold files are there to judge.

import type { InputFormat } from "../../lib/types";

const ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", copy: "©", middot: "·",
  ldquo: "“", rdquo: "”", lsquo: "‘", rsquo: "’", mdash: "—", ndash: "–", euro: "€",
};

/** Visible text of an HTML page, one line per block; no attempt to tell story from chrome. */
function readHtmlLines(html: string): string {
  return html
    .replace(/<(head|script|style|noscript)\b[\s\S]*?<\/\1>/gi, "\n")
    .replace(/<(br|\/?(p|div|li|ul|ol|h\d|nav|header|footer|aside|section|article|main|form|button|figcaption|small)\b)[^>]*>/gi, "\n")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(#\d+|[a-z]+);/gi, (m, name: string) =>
      name.startsWith("#") ? String.fromCodePoint(Number(name.slice(1))) : (ENTITIES[name.toLowerCase()] ?? m),
    );
}

/** Markdown reduced to its words: images dropped, links to their text, markers stripped. */
function readMarkdownLines(markdown: string): string {
  return markdown
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/^\s*(#{1,6}|>|[-*+]\s|\d+\.\s)\s*/gm, "")
    .replace(/^\s*([-*_]\s*){3,}$/gm, "")
    .replace(/(\*\*|__|\*|_)(\S[^*_]*?)\1/g, "$2");
}

/** Splits after ., ! or ? (and any closing quotes) when the next word does not start lowercase,
 * except after initialisms ("U.S.") and a few titles ("Dr."). */
function splitLine(line: string): string[] {
  return line
    .split(/(?<![A-Z]\.[A-Z]\.|\b(?:Mr|Mrs|Ms|Dr|St|Gen|Sen|Gov|Rep)\.)(?<=[.!?]["'”’)\]]*)\s+(?=[^\sa-z])/)
    .map((s) => s.replace(/\s+/g, " ").trim())
    .filter((s) => s.length > 0);
}

export function readRoughSentences(content: string, format: InputFormat): string[] {
  const text = format === "html" ? readHtmlLines(content) : format === "markdown" ? readMarkdownLines(content) : content;
  return text.split(/\n/).flatMap(splitLine);
}
