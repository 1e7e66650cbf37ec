// A linear, DOM-free reading of HTML for markup a DOM parser would choke on: linkedom slows
// down badly on tens of thousands of nested or unclosed tags, and a hostile page can be made of
// nothing else. One forward scan measures the markup; a second turns it into text, dropping
// active content (scripts, styles, frames, SVG) with its body and never keeping an attribute.

const VOID = new Set([
  "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr",
]);
/** Elements the HTML parser closes by itself when the next one opens; they add no depth. */
const SELF_CLOSING = new Set(["p", "li", "dt", "dd", "option", "tr", "td", "th"]);
const DROPPED = new Set([
  "script", "style", "iframe", "noscript", "template", "svg", "math", "object", "textarea", "select", "title",
  "head", "button",
]);
const BLOCKS = new Set([
  "p", "div", "section", "article", "main", "header", "footer", "nav", "aside", "li", "ul", "ol", "h1", "h2",
  "h3", "h4", "h5", "h6", "blockquote", "pre", "table", "tr", "td", "th", "figure", "figcaption", "dl", "dt",
  "dd", "hr", "form", "address", "details", "summary", "body", "html",
]);
const ENTITIES: Record<string, string> = {
  amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " ", ndash: "–", mdash: "—",
  lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", hellip: "…",
};

interface Tag {
  name: string;
  closing: boolean;
  selfClosed: boolean;
  /** Index just past the tag's ">". */
  end: number;
  /** Unquoted "<" inside the tag: many mean broken markup that the DOM parser reads slowly. */
  strayOpeners: number;
}

/** Reads the tag starting at `start` ("<" then a letter or "/"), or null when it is not one. */
function readTag(html: string, start: number): Tag | null {
  const closing = html.charAt(start + 1) === "/";
  let i = start + (closing ? 2 : 1);
  const nameStart = i;
  while (i < html.length && /[A-Za-z0-9-]/.test(html.charAt(i))) i++;
  if (i === nameStart || !/[A-Za-z]/.test(html.charAt(nameStart))) return null;
  const name = html.slice(nameStart, i).toLowerCase();
  let quote = "";
  let strayOpeners = 0;
  for (; i < html.length; i++) {
    const char = html.charAt(i);
    if (quote) quote = char === quote ? "" : quote;
    else if (char === '"' || char === "'") quote = char;
    else if (char === "<") strayOpeners++;
    else if (char === ">") return { name, closing, selfClosed: html.charAt(i - 1) === "/", end: i + 1, strayOpeners };
  }
  return { name, closing, selfClosed: false, end: html.length, strayOpeners };
}

export interface MarkupSize {
  tags: number;
  /** Approximate nesting depth: unclosed tags count as open. */
  depth: number;
  /** "<" and "&" that do not start a tag: text the DOM must escape, which linkedom does slowly. */
  escapes: number;
}

/** Tag count, nesting depth and characters to escape, in one forward scan. */
export function measureMarkup(html: string): MarkupSize {
  let tags = 0;
  let depth = 0;
  let maxDepth = 0;
  let escapes = 0;
  for (let at = html.indexOf("&"); at !== -1; at = html.indexOf("&", at + 1)) escapes++;
  for (let at = html.indexOf("<"); at !== -1; at = html.indexOf("<", at + 1)) {
    const tag = readTag(html, at);
    if (!tag) {
      escapes++;
      continue;
    }
    tags++;
    escapes += tag.strayOpeners;
    if (tag.closing) depth = Math.max(0, depth - (SELF_CLOSING.has(tag.name) ? 0 : 1));
    else if (!tag.selfClosed && !VOID.has(tag.name) && !SELF_CLOSING.has(tag.name)) maxDepth = Math.max(maxDepth, ++depth);
    at = tag.end - 1;
  }
  return { tags, depth: maxDepth, escapes };
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]{1,6}|#\d{1,7}|[a-z]{2,8});/gi, (match, code: string) => {
    if (code.charAt(0) !== "#") return ENTITIES[code.toLowerCase()] ?? match;
    const value = code.charAt(1).toLowerCase() === "x" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
    return value > 0 && value <= 0x10ffff ? String.fromCodePoint(value) : "";
  });
}

/** Index of the next "</name" at or after `from`, matched case-insensitively; -1 if none. */
function findClosingTag(html: string, name: string, from: number): number {
  for (let at = html.indexOf("</", from); at !== -1; at = html.indexOf("</", at + 2)) {
    if (html.slice(at + 2, at + 2 + name.length).toLowerCase() === name) return at;
  }
  return -1;
}

/** Plain text of HTML without a DOM: blocks become blank-line-separated, tags and scripts go. */
export function stripHtmlTags(html: string): string {
  const out: string[] = [];
  const pushText = (end: number) => out.push(decodeEntities(html.slice(from, end)).replace(/\s+/g, " "));
  let from = 0;
  let at = html.indexOf("<");
  while (at !== -1) {
    const next = html.charAt(at + 1);
    const tag = next === "!" || next === "?" ? null : readTag(html, at);
    if (!tag && next !== "!" && next !== "?") {
      // A lone "<" in text stays text: move on without cutting the text run.
      at = html.indexOf("<", at + 1);
      continue;
    }
    pushText(at);
    if (!tag) {
      // "<!-- -->", "<!doctype>", "<?xml ?>": skip to their end.
      const closer = html.startsWith("<!--", at) ? "-->" : ">";
      const close = html.indexOf(closer, at + 2);
      from = close === -1 ? html.length : close + closer.length;
    } else {
      from = tag.end;
      if (!tag.closing && !tag.selfClosed && DROPPED.has(tag.name)) {
        const close = findClosingTag(html, tag.name, from);
        from = close === -1 ? html.length : (readTag(html, close)?.end ?? html.length);
      }
      if (tag.name === "br") out.push("\n");
      else if (BLOCKS.has(tag.name)) out.push("\n\n");
    }
    at = html.indexOf("<", from);
  }
  pushText(html.length);
  return out.join("");
}
