// Article metadata lives in <meta> tags under several vocabularies (Open Graph, article:*,
// Dublin Core, schema.org itemprops, plain name=author). Readability reads some of them; this
// reads the rest, before Readability mutates the document, and the caller prefers whichever
// source is more specific.

export interface HtmlMeta {
  title: string | null;
  siteName: string | null;
  byline: string | null;
  publishedAt: string | null;
  url: string | null;
}

const TITLE_KEYS = ["og:title", "twitter:title", "dc.title", "headline"];
const SITE_KEYS = ["og:site_name", "application-name", "publisher", "dc.publisher", "cxenseparse:site"];
const AUTHOR_KEYS = ["author", "article:author", "dc.creator", "byl", "parsely-author", "sailthru.author"];
const DATE_KEYS = [
  "article:published_time", "og:article:published_time", "datepublished", "date", "dc.date.issued",
  "dc.date", "pubdate", "publishdate", "publish-date", "parsely-pub-date", "sailthru.date", "article.published",
];

/** Collects every <meta> by its lower-cased property, name or itemprop; the first value wins. */
function collectMeta(document: Document): Map<string, string> {
  const values = new Map<string, string>();
  for (const meta of Array.from(document.querySelectorAll("meta"))) {
    const content = (meta.getAttribute("content") ?? "").trim();
    if (!content) continue;
    for (const attribute of ["property", "name", "itemprop"]) {
      const key = (meta.getAttribute(attribute) ?? "").trim().toLowerCase();
      if (key && !values.has(key)) values.set(key, content);
    }
  }
  return values;
}

function pick(values: Map<string, string>, keys: string[]): string | null {
  for (const key of keys) {
    const value = values.get(key);
    if (value) return value;
  }
  return null;
}

/** Keeps ISO-looking dates as written and turns other parseable dates into ISO; else null. */
export function normalizePublishedAt(value: string | null | undefined): string | null {
  const text = (value ?? "").trim();
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}/.test(text)) return text;
  const time = Date.parse(text);
  return Number.isNaN(time) ? null : new Date(time).toISOString();
}

/** Reads title, site name, author, publication time and canonical URL from the page head. */
export function readHtmlMeta(document: Document): HtmlMeta {
  const values = collectMeta(document);
  const author = pick(values, AUTHOR_KEYS);
  // Only a <time> that says it is the publication date: the first one on a page is often today's.
  const time = document.querySelector("time[itemprop='datePublished'], time[pubdate], article time[datetime]");
  const canonical = document.querySelector("link[rel='canonical']")?.getAttribute("href") ?? null;
  const titleTag = document.querySelector("title")?.textContent?.trim() || null;
  return {
    title: pick(values, TITLE_KEYS) ?? titleTag,
    siteName: pick(values, SITE_KEYS),
    // An author given as a profile URL is not a name.
    byline: author && !/^https?:/i.test(author) ? author : null,
    publishedAt: normalizePublishedAt(pick(values, DATE_KEYS) ?? time?.getAttribute("datetime")),
    url: values.get("og:url") ?? canonical,
  };
}
