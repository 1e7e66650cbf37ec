// Pages that draw their article with JavaScript ship an almost empty body, but many still carry
// the whole text for search engines in a schema.org block: <script type="application/ld+json">
// {"@type": "NewsArticle", "articleBody": "..."}. Only the text is read from it; nothing in the
// block is ever run or rendered.

const ARTICLE_TYPES = new Set([
  "article", "newsarticle", "reportagenewsarticle", "analysisnewsarticle", "backgroundnewsarticle",
  "opinionnewsarticle", "reviewnewsarticle", "blogposting", "liveblogposting", "report", "socialmediaposting",
]);
/** Blocks beyond this are not metadata; parsing them costs time for nothing. */
const MAX_BLOCK_CHARS = 2_000_000;
/** Nesting is shallow in real blocks ("@graph" arrays); a deep one is hostile or broken. */
const MAX_DEPTH = 8;

function isArticle(node: Record<string, unknown>): boolean {
  const types = ([] as unknown[]).concat(node["@type"] ?? []);
  return types.some((t) => typeof t === "string" && ARTICLE_TYPES.has(t.toLowerCase()));
}

function findBodies(node: unknown, depth: number, found: string[]): void {
  if (depth > MAX_DEPTH || node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const item of node) findBodies(item, depth + 1, found);
    return;
  }
  const record = node as Record<string, unknown>;
  if (isArticle(record) && typeof record.articleBody === "string") found.push(record.articleBody);
  for (const key of ["@graph", "mainEntity", "mainEntityOfPage", "hasPart"]) findBodies(record[key], depth + 1, found);
}

/** The longest articleBody of the page's JSON-LD blocks, as plain text, or null. */
export function readJsonLdArticleBody(document: Document): string | null {
  const bodies: string[] = [];
  for (const script of Array.from(document.querySelectorAll("script[type='application/ld+json']"))) {
    const source = script.textContent ?? "";
    if (source.length > MAX_BLOCK_CHARS) continue;
    try {
      findBodies(JSON.parse(source), 0, bodies);
    } catch {
      // A broken block is common (trailing commas, HTML entities); the page text still stands.
    }
  }
  const longest = bodies.sort((a, b) => b.length - a.length)[0];
  return longest ? toParagraphs(longest) : null;
}

// articleBody is plain text by the schema but often carries leftover tags or entities, and
// its paragraphs are separated by single newlines or none at all.
function toParagraphs(body: string): string {
  return body
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&quot;/g, '"')
    .replace(/&#39;|&apos;/g, "'")
    .split(/\r?\n/)
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line.length > 0)
    .join("\n\n");
}
