import { describe, expect, it } from "vitest";
import { looksLikeHtml, looksLikeMarkdown, pickRawSource } from "./sniff-format";

describe("format sniffing", () => {
  it.each([
    ["<!DOCTYPE html><html><body>x</body></html>", true],
    ["<p>One</p><p>Two</p><p>Three</p>", true],
    ["The ratio was 3 < 5 and <b>bold</b> once.", false],
    ["Plain words only.", false],
  ])("looksLikeHtml(%j) is %s", (text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
  });

  it.each([
    ["# Title\n\nBody text.", true],
    ["See [the report](https://example.org/report) for details.", true],
    ["Some **bold** text\n\n> a quote", true],
    ["A line.\n- one dash item", false],
    ["Plain words only.", false],
  ])("looksLikeMarkdown(%j) is %s", (text, expected) => {
    expect(looksLikeMarkdown(text)).toBe(expected);
  });

  it("prefers input.html, then the hint, then sniffing", () => {
    expect(pickRawSource({ html: "<p>x</p>", text: "y" })).toEqual({ raw: "<p>x</p>", format: "html" });
    expect(pickRawSource({ text: "# x", format: "text" })).toEqual({ raw: "# x", format: "text" });
    expect(pickRawSource({ text: "<p>x</p>", format: "markdown" })).toEqual({ raw: "<p>x</p>", format: "markdown" });
    expect(pickRawSource({ text: "<!doctype html><p>x</p>", format: "text" }).format).toBe("html");
    expect(pickRawSource({ text: "# Title\n\nBody." }).format).toBe("markdown");
    expect(pickRawSource({ text: "Body." }).format).toBe("text");
  });
});
