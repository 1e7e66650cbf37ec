// HTML goes through Mozilla Readability (the Firefox reader view) on a linkedom document: it is
// the best general answer to "which part of this page is the article". Its metadata is merged
// with our own <meta> reading. When it finds nothing, or the page is too big for it to finish
// quickly, the body's block text is used instead and the rule list does the cleaning.

import { Readability } from "@mozilla/readability";
import { readJsonLdArticleBody } from "./read-json-ld";
import { CHROME, parseSafeDocument, renderBlockText, renderChromeText } from "./render-html-text";
import { normalizePublishedAt, readHtmlMeta } from "./read-html-meta";
import { measureMarkup, stripHtmlTags } from "./strip-html-tags";
import { splitTitleSite } from "./trim-title-site";

// Readability on linkedom is the slow part of cleaning, so it only gets pages it can finish
// quickly: it costs ~25 ms per 1,000 elements, grows much faster than linearly with nesting
// depth (300 levels: 0.5 s), and ~14 ms per 1,000 characters linkedom must escape when it
// re-serialises the page between attempts. Other pages take the block-text fallback.
const MAX_READABILITY_ELEMENTS = 8_000;
const MAX_READABILITY_DEPTH = 80;
const MAX_READABILITY_ESCAPES = 3_000;
/** Beyond these the DOM parser itself gets slow; such markup is read without a DOM. */
const MAX_DOM_TAGS = 80_000;
const MAX_DOM_DEPTH = 1_000;
const MAX_DOM_ESCAPES = 20_000;
/**
 * The JSON-LD articleBody replaces the page text only when the page shows much less of the story
 * than the block holds: a page drawn by script, or one whose markup is cut short.
 */
const JSON_LD_PREFERRED_RATIO = 2;
const MIN_JSON_LD_CHARS = 400;
/** Headings compared with the page title; the story's own <h1> comes first on any page. */
const MAX_HEADINGS = 3;

export interface ExtractedHtml {
  /** Plain text, paragraphs separated by blank lines. */
  text: string;
  /** Block texts of the page that the article text left out (menus, sidebars, footers). */
  leftOut: string[];
  title: string | null;
  byline: string | null;
  publishedAt: string | null;
  siteName: string | null;
  url: string | null;
}

type ReadabilityResult = ReturnType<Readability<Node>["parse"]>;

/** Readability on pages small enough for it to finish fast; null when it cannot help. */
function runReadability(document: Document): ReadabilityResult {
  try {
    return new Readability<Node>(document, { serializer: (node) => node }).parse();
  } catch {
    // Readability throws on some malformed trees; the block-text fallback still works.
    return null;
  }
}

function clean(value: string | null | undefined): string | null {
  const text = (value ?? "").replace(/\s+/g, " ").trim();
  return text.length > 0 ? text : null;
}

/** Extracts the article text and metadata of an HTML page. */
export function extractHtml(html: string): ExtractedHtml {
  const markup = measureMarkup(html);
  if (markup.tags > MAX_DOM_TAGS || markup.depth > MAX_DOM_DEPTH || markup.escapes > MAX_DOM_ESCAPES) {
    return { text: stripHtmlTags(html), leftOut: [], title: null, byline: null, publishedAt: null, siteName: null, url: null };
  }
  const controls: string[] = [];
  const document = parseSafeDocument(html, controls);
  const meta = readHtmlMeta(document);
  // Read before Readability, which empties the document as it works.
  const jsonLdBody = readJsonLdArticleBody(document);
  // Only a title with a separator can carry a site name; most pages skip the heading scan.
  const headings = /\s[|:·•–—-]{1,2}\s/.test(meta.title ?? "")
    ? Array.from(document.querySelectorAll("h1")).slice(0, MAX_HEADINGS).map((h) => h.textContent)
    : [];
  // Readability empties the document as it works, so the plain renderings are taken first: the
  // fallback (page chrome skipped, and the chrome itself to record) and the whole page (to list
  // what the article left out).
  const body = document.body;
  const fallbackText = body ? renderBlockText(body, CHROME) : "";
  const chromeText = body ? renderChromeText(body) : "";
  // querySelectorAll, not getElementsByTagName("*"): linkedom answers the latter with nothing.
  const readable =
    markup.depth <= MAX_READABILITY_DEPTH &&
    markup.escapes <= MAX_READABILITY_ESCAPES &&
    document.querySelectorAll("*").length <= MAX_READABILITY_ELEMENTS;
  const pageText = body && readable ? renderBlockText(body) : "";
  const article = readable ? runReadability(document) : null;
  const content = article?.content ?? null;
  const articleText = content ? renderBlockText(content) : "";
  const givenSite = clean(meta.siteName ?? article?.siteName);
  const title = clean(meta.title ?? article?.title);
  const evidence = { names: [givenSite], url: meta.url, headlines: [article?.title, ...headings] };
  const split = title ? splitTitleSite(title, evidence) : null;
  const found = {
    title: split?.title ?? title,
    byline: clean(article?.byline ?? meta.byline),
    publishedAt: meta.publishedAt ?? normalizePublishedAt(article?.publishedTime),
    siteName: givenSite ?? split?.site ?? null,
    url: clean(meta.url),
  };
  const shown = /\S/.test(articleText) ? articleText : fallbackText;
  if (jsonLdBody && jsonLdBody.length >= MIN_JSON_LD_CHARS && jsonLdBody.length > JSON_LD_PREFERRED_RATIO * shown.length) {
    // Everything the page itself showed is recorded as left out, as with any other reading.
    const whole = pageText || [fallbackText, chromeText].join("\n\n");
    return { ...found, text: jsonLdBody, leftOut: [...listLeftOut(whole, [jsonLdBody, found.title ?? ""].join("\n\n")), ...controls] };
  }
  if (!/\S/.test(articleText)) return { ...found, text: fallbackText, leftOut: [...listLeftOut(chromeText, ""), ...controls] };
  // The byline is not "known": Readability moved it out of the text into metadata, and the
  // contract wants the line it took recorded as removed, like every other piece of the page.
  const known = [articleText, found.title ?? ""].join("\n\n");
  return { ...found, text: articleText, leftOut: [...listLeftOut(pageText, known), ...controls] };
}

/**
 * Blocks of the full page that are not blocks of the article (nor its title). Whole blocks are
 * compared, not substrings, to stay linear on large pages.
 */
function listLeftOut(pageText: string, knownText: string): string[] {
  const fold = (text: string) => text.replace(/\s+/g, " ").trim().toLowerCase().replace(/^by /, "");
  const known = new Set(knownText.split(/\n\n+/).map(fold));
  return pageText
    .split(/\n\n+/)
    .map((block) => block.replace(/\s+/g, " ").trim())
    .filter((block) => block.length > 0 && !known.has(fold(block)));
}
