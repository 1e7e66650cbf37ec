import { describe, expect, it } from "vitest";
import { measureMarkup, stripHtmlTags } from "./strip-html-tags";

const paragraphsOf = (html: string) =>
  stripHtmlTags(html)
    .split(/\n\n+/)
    .map((block) => block.trim())
    .filter(Boolean);

describe("stripHtmlTags", () => {
  it("keeps text, splits blocks and decodes entities", () => {
    const html = "<h1>Quay &amp; Dock</h1><p>Fares rise&nbsp;by 5&#37; on <b>Monday</b>.</p><p>Line one<br>line two</p>";
    expect(paragraphsOf(html)).toEqual(["Quay & Dock", "Fares rise by 5% on Monday.", "Line one\nline two"]);
  });

  it("drops scripts, styles, frames, SVG, comments and the head with their content", () => {
    const html = `<!doctype html><html><head><title>T</title><style>p{}</style></head><body>
      <script>alert("x > y")</script><!-- hidden --><iframe>frame</iframe><svg><text>svg</text></svg>
      <p onclick="alert(1)">Visible <a href="javascript:alert(2)">text</a>.</p><SCRIPT>upper()</SCRIPT></body></html>`;
    expect(paragraphsOf(html)).toEqual(["Visible text."]);
  });

  it("keeps a lone less-than sign and reads quoted '>' inside attributes", () => {
    expect(paragraphsOf('<p title="a > b">3 < 5 and 7 > 6</p>')).toEqual(["3 < 5 and 7 > 6"]);
  });

  it("drops an unclosed script to the end", () => {
    expect(paragraphsOf("<p>Kept.</p><script>lost <p>also lost</p>")).toEqual(["Kept."]);
  });
});

describe("measureMarkup", () => {
  it("counts tags and nesting, ignoring void and self-closing elements", () => {
    expect(measureMarkup("<div><p>a<br><img src=x><p>b</div>")).toEqual({ tags: 6, depth: 1, escapes: 0 });
    expect(measureMarkup("<div><div><div>x</div></div></div>").depth).toBe(3);
  });

  it("counts characters a DOM would have to escape", () => {
    expect(measureMarkup("<p>a &amp; b < c</p>").escapes).toBe(2);
    expect(measureMarkup("<x<x<x<x").escapes).toBe(3);
  });
});
