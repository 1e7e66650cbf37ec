// Turns an HTML document into plain text without trusting it: scripts, styles, frames, SVG,
// form controls and hidden elements are dropped before anything reads the page, and only text
// nodes are ever copied out, so attributes (event handlers, javascript: links) cannot reach the
// output.
// Blocks become blank-line-separated paragraphs, <br> a line break, as the text splitter expects.

import { parseHTML } from "linkedom";

/** Elements whose content is never story text, or is active content we refuse to keep. */
const HOSTILE_SELECTOR = [
  "script:not([type='application/ld+json'])", "style", "iframe", "frame", "frameset", "object",
  "embed", "applet", "noscript", "template", "svg", "math", "canvas", "audio", "video", "source",
  "track", "button", "input", "select", "textarea", "option", "dialog", "base", "map",
].join(",");
const SKIPPED = new Set(["script", "style", "head", "title", "meta", "template", "noscript", "svg", "math"]);
const BLOCKS = new Set([
  "address", "article", "aside", "blockquote", "body", "caption", "dd", "details", "div", "dl", "dt",
  "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
  "hr", "li", "main", "nav", "ol", "p", "pre", "section", "summary", "table", "td", "th", "tr", "ul",
]);
/**
 * Page chrome the fallback reader skips when Readability found no article. Not <form>: some
 * sites wrap the whole page in one.
 */
export const CHROME = new Set(["nav", "header", "footer", "aside"]);

/** The text of the outermost chrome elements, so the fallback can record what it skipped. */
export function renderChromeText(root: Element): string {
  const selector = [...CHROME].join(",");
  return Array.from(root.querySelectorAll(selector))
    .filter((element) => !element.parentElement?.closest(selector))
    .map((element) => renderBlockText(element))
    .join("\n\n");
}

const CONTROL_SELECTOR = "button, input[type='submit'], input[type='button']";
/** Longer "labels" are not a control's caption but something hidden inside one. */
const MAX_CONTROL_CHARS = 60;

/**
 * Parses HTML (a whole page or a fragment) into a document with active content removed. The
 * visible captions of the buttons removed ("Subscribe", "Load more") go into `controls` when
 * given, so the clean step can record them rather than drop page text silently.
 */
export function parseSafeDocument(html: string, controls?: string[]): Document {
  // linkedom only builds <body> for whole documents; a fragment must be wrapped first.
  const page = /<html[\s>]/i.test(html.slice(0, 5000)) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`;
  const { document } = parseHTML(page);
  const hostile = Array.from(document.querySelectorAll(HOSTILE_SELECTOR)) as unknown as Element[];
  const kept = new Set(controls ? hostile.filter((element) => element.matches(CONTROL_SELECTOR)) : []);
  // Everything else hostile goes first, so a caption can only be the button's own visible text.
  for (const element of hostile) if (!kept.has(element)) element.remove();
  if (controls) controls.push(...listControlCaptions([...kept]));
  for (const element of kept) element.remove();
  return document as unknown as Document;
}

/** Captions of visible buttons, text only, each once. */
function listControlCaptions(buttons: Element[]): string[] {
  const captions = new Set<string>();
  for (const control of buttons) {
    if (!control.isConnected || control.closest("[hidden], [aria-hidden='true']")) continue;
    const text = control.localName === "input" ? control.getAttribute("value") : control.textContent;
    const caption = (text ?? "").replace(/\s+/g, " ").trim();
    if (caption.length > 0 && caption.length <= MAX_CONTROL_CHARS) captions.add(caption);
  }
  return [...captions];
}

function isHidden(element: Element): boolean {
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") return true;
  const style = (element.getAttribute("style") ?? "").toLowerCase();
  return /display\s*:\s*none|visibility\s*:\s*hidden/.test(style);
}

/**
 * The visible text under `root`, blocks separated by blank lines. Iterative, not recursive, so a
 * page nested thousands of levels deep cannot overflow the stack. `skip` names extra elements.
 */
export function renderBlockText(root: Node, skip: ReadonlySet<string> = new Set()): string {
  const out: string[] = [];
  const stack: (Node | "break")[] = [root];
  while (stack.length > 0) {
    const item = stack.pop();
    if (item === undefined) break;
    if (item === "break") {
      out.push("\n\n");
      continue;
    }
    if (item.nodeType === 3) {
      out.push((item.textContent ?? "").replace(/\s+/g, " "));
      continue;
    }
    if (item.nodeType !== 1 && item.nodeType !== 9 && item.nodeType !== 11) continue;
    const tag = item.nodeType === 1 ? (item as Element).localName.toLowerCase() : "";
    if (tag === "br") out.push("\n");
    if (SKIPPED.has(tag) || skip.has(tag) || (item.nodeType === 1 && isHidden(item as Element))) continue;
    const block = BLOCKS.has(tag);
    if (block) stack.push("break");
    const children = Array.from(item.childNodes);
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i] as Node);
    if (block) out.push("\n\n");
  }
  return out.join("");
}
