// HTML sources, on invented events: Readability extraction, metadata, hostile markup, fallback.

import { describe, expect, it } from "vitest";
import { cleanSource } from "./clean-source";

const STORY = [
  "Flood barriers held along the river Wend overnight as water levels in the town of Marrow peaked just below the record set in 1998, officials said on Wednesday.",
  "The county emergency office said about 300 homes had been evacuated as a precaution and that no injuries had been reported.",
  "Engineers will inspect the barriers on Thursday before residents are allowed to return to the lowest streets near the old mill.",
  "He declined to comment.",
];

const PAGE = `<!doctype html><html lang="en"><head>
<title>River Wend Flood Barriers Hold | Marrow Gazette</title>
<meta property="og:site_name" content="Marrow Gazette">
<meta property="article:published_time" content="2031-03-05T08:30:00Z">
<meta name="author" content="Ida Fenn">
<link rel="canonical" href="https://www.marrow-gazette.example/news/flood">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
<article><h1>River Wend Flood Barriers Hold</h1><p class="byline">By Ida Fenn</p>
${STORY.map((p) => `<p>${p}</p>`).join("\n")}
</article>
<aside><h3>Most read</h3><ul><li><a href="/a">Choir Wins Regional Prize</a></li><li><a href="/b">New Cafe Opens on Quay Street</a></li></ul></aside>
<footer><p>© 2031 Marrow Gazette. All rights reserved.</p></footer>
</body></html>`;

describe("cleanSource on HTML", () => {
  const cleaned = cleanSource({ html: PAGE });

  it("extracts the article paragraphs with Readability", () => {
    expect(cleaned.paragraphs).toEqual(STORY);
  });

  it("keeps the page metadata", () => {
    expect(cleaned).toMatchObject({
      title: "River Wend Flood Barriers Hold",
      outlet: "Marrow Gazette",
      byline: "Ida Fenn",
      publishedAt: "2031-03-05T08:30:00Z",
      url: "https://www.marrow-gazette.example/news/flood",
      warnings: [],
    });
  });

  it("records what Readability left out, with the rules' reasons where they apply", () => {
    const reasonOf = (text: string) => cleaned.removed.find((r) => r.text === text)?.reason;
    expect(reasonOf("Choir Wins Regional Prize")).toBeDefined();
    expect(reasonOf("© 2031 Marrow Gazette. All rights reserved.")).toBe("disclaimer");
    expect(cleaned.removed.some((r) => r.text.includes("Flood barriers held"))).toBe(false);
  });

  it("records the byline line Readability moved into the metadata", () => {
    expect(cleaned.removed).toContainEqual({ text: "By Ida Fenn", reason: "boilerplate" });
  });

  it("records the captions of the buttons it drops", () => {
    const page = PAGE.replace("</article>", `<aside><h3>Get the Marrow Morning email</h3><form><button>Sign up</button></form></aside></article>`);
    const result = cleanSource({ html: page });
    expect(result.paragraphs).toEqual(STORY);
    expect(result.removed).toContainEqual({ text: "Sign up", reason: "boilerplate" });
  });

  it("takes the site's name off the title and keeps it as the outlet", () => {
    const page = PAGE.replace('<meta property="og:site_name" content="Marrow Gazette">', "")
      .replace("<title>River Wend Flood Barriers Hold | Marrow Gazette</title>", "<title>River Wend flood barriers hold - The Wend Valley Post</title>")
      .replace("<h1>River Wend Flood Barriers Hold</h1>", "<h1>River Wend flood barriers hold</h1>");
    expect(cleanSource({ html: page })).toMatchObject({ title: "River Wend flood barriers hold", outlet: "The Wend Valley Post" });
    expect(cleanSource({ html: page, outlet: "Wend Valley Post" })).toMatchObject({ title: "River Wend flood barriers hold", outlet: "Wend Valley Post" });
  });

  it("sniffs HTML given as text", () => {
    expect(cleanSource({ text: PAGE }).paragraphs).toEqual(STORY);
  });

  it("turns hostile markup into plain text only", () => {
    const hostile = `<div onclick="steal()"><script>document.write("INJECTED")</script>
<style>p { color: red } .INJECTED {}</style><iframe src="https://evil.example">INJECTED</iframe>
<svg onload="alert(1)"><text>INJECTED</text><script>INJECTED</script></svg>
<p onmouseover="alert(2)">The Harwick ferry <a href="javascript:alert(3)">timetable</a> changes on Monday, the operator said.</p>
<p><img src=x onerror="alert(4)">Fares rise by 5% from June.</p><noscript>INJECTED</noscript>
<template><p>INJECTED</p></template><object data="x.swf">INJECTED</object></div>`;
    const result = cleanSource({ html: hostile });
    const everything = JSON.stringify(result);
    expect(everything).not.toMatch(/INJECTED|alert|javascript:|<|onerror|steal/);
    expect(result.paragraphs).toEqual(["The Harwick ferry timetable changes on Monday, the operator said.", "Fares rise by 5% from June."]);
  });

  it("falls back to the body's blocks for a page too deep for Readability, recording the chrome", () => {
    const story = "<div>Ferries resume.</div><div>Fares rise by 5% from June.</div>";
    const html = `<html><body><nav><a>Home</a> <a>Ferries</a></nav>${"<div>".repeat(90)}${story}${"</div>".repeat(90)}<footer>Contact us</footer></body></html>`;
    const result = cleanSource({ html });
    expect(result.paragraphs).toEqual(["Ferries resume.", "Fares rise by 5% from June."]);
    expect(result.removed.map((r) => r.text)).toEqual(["Home Ferries", "Contact us"]);
  });

  it("reads an HTML fragment and splits blocks and line breaks", () => {
    const result = cleanSource({ text: "<p>Ferries resumed on Monday.</p><p>Fares rise in June.<br>Season tickets are unchanged.</p>", format: "html" });
    expect(result.paragraphs).toEqual(["Ferries resumed on Monday.", "Fares rise in June.", "Season tickets are unchanged."]);
  });

  it("throws an empty-input error for a page with no text at all", () => {
    expect(() => cleanSource({ html: "<html><head><script>var a = 1;</script></head><body><img src=x></body></html>" })).toThrow(
      expect.objectContaining({ name: "InputError", code: "empty" }),
    );
  });
});
