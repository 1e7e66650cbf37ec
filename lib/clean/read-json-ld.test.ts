// Pages drawn by script: the body shows almost nothing, the JSON-LD block holds the story.
// Invented events throughout.

import { describe, expect, it } from "vitest";
import { cleanSource } from "./clean-source";
import { parseSafeDocument } from "./render-html-text";
import { readJsonLdArticleBody } from "./read-json-ld";

const STORY = [
  "The ferry service between Kessel and Ulm Island resumed on Tuesday after a three-day suspension caused by high winds, the operator said.",
  "About 1,200 passengers had been unable to travel since Saturday, and the island's only shop ran short of fresh bread and milk.",
  "The operator said an extra evening sailing would run until Friday to clear the backlog of vehicles waiting at both ports.",
  "Forecasters expect calmer weather for the rest of the week.",
];

const block = (data: unknown) => `<script type="application/ld+json">${JSON.stringify(data)}</script>`;

const scriptPage = (jsonLd: string) => `<!doctype html><html><head>
<title>Ferry service resumes after storm | Kessel Post</title>
<meta property="og:site_name" content="Kessel Post">
${jsonLd}
</head><body>
<nav><a href="/">Home</a> <a href="/news">News</a></nav>
<div id="root"><p>Loading the article…</p></div>
<footer><p>© 2031 Kessel Post</p></footer>
</body></html>`;

describe("readJsonLdArticleBody", () => {
  it("reads the articleBody of a NewsArticle, also inside an @graph list", () => {
    const direct = parseSafeDocument(scriptPage(block({ "@type": "NewsArticle", articleBody: STORY.join("\n") })));
    expect(readJsonLdArticleBody(direct)).toBe(STORY.join("\n\n"));
    const graph = parseSafeDocument(scriptPage(block({ "@graph": [{ "@type": "WebPage" }, { "@type": ["NewsArticle"], articleBody: STORY.join(" ") }] })));
    expect(readJsonLdArticleBody(graph)).toBe(STORY.join(" "));
  });

  it("ignores other types, broken blocks and markup inside the text", () => {
    expect(readJsonLdArticleBody(parseSafeDocument(scriptPage(block({ "@type": "Recipe", articleBody: "Stir well." }))))).toBeNull();
    expect(readJsonLdArticleBody(parseSafeDocument(scriptPage('<script type="application/ld+json">{"@type": "NewsArticle",</script>')))).toBeNull();
    const tagged = parseSafeDocument(scriptPage(block({ "@type": "Article", articleBody: "<p>Calm seas &amp; clear skies.</p>" })));
    expect(readJsonLdArticleBody(tagged)).toBe("Calm seas & clear skies.");
  });
});

describe("cleanSource on a page drawn by script", () => {
  const cleaned = cleanSource({ html: scriptPage(block({ "@type": "NewsArticle", headline: "Ferry service resumes after storm", articleBody: STORY.join("\n") })) });

  it("takes the story from the JSON-LD block", () => {
    expect(cleaned.paragraphs).toEqual(STORY);
    expect(cleaned.title).toBe("Ferry service resumes after storm");
  });

  it("records what the page itself showed as removed, losing nothing silently", () => {
    const removed = cleaned.removed.map((r) => r.text).join("\n");
    expect(removed).toContain("Loading the article");
  });

  it("keeps the page text when the page shows the whole story", () => {
    const full = scriptPage(block({ "@type": "NewsArticle", articleBody: STORY.join("\n") })).replace(
      '<div id="root"><p>Loading the article…</p></div>',
      `<article>${STORY.map((p) => `<p>${p}</p>`).join("")}</article>`,
    );
    expect(cleanSource({ html: full }).paragraphs).toEqual(STORY);
  });
});
