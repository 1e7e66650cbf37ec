// Bad input names its problem; large and hostile input never hangs the step.

import { describe, expect, it } from "vitest";
import { LIMITS } from "../limits";
import { cleanSource } from "./clean-source";

const inputError = (code: string) => expect.objectContaining({ name: "InputError", code });
const PARAGRAPH = "The Lakeport ferry carried 1,200 passengers on its first day, the operator said on Monday. ";

describe("bad input", () => {
  it("rejects NUL bytes as binary", () => {
    expect(() => cleanSource({ text: "PK\u0003\u0004\u0000\u0000abc" })).toThrow(inputError("binary"));
  });

  it("rejects text full of control and replacement characters as binary", () => {
    const garbled = "ab\u0001\u0002\ufffd\ufffd\u0007cd\u0010\ufffd ".repeat(50);
    expect(() => cleanSource({ text: garbled })).toThrow(/binary file or the wrong text encoding/);
  });

  it("accepts a few replacement characters in real text", () => {
    expect(cleanSource({ text: `${PARAGRAPH}The mayor\ufffds office agreed.` }).paragraphs).toHaveLength(1);
  });

  it("rejects text over the size limit, giving both sizes in MB", () => {
    const huge = "a".repeat(LIMITS.maxSourceChars + 500_000);
    expect(() => cleanSource({ text: huge })).toThrow(inputError("too-large"));
    expect(() => cleanSource({ html: huge })).toThrow(/2\.5 MB of text, over the limit of 2\.0 MB/);
  });

  it("rejects empty and whitespace-only sources", () => {
    expect(() => cleanSource({})).toThrow(inputError("empty"));
    expect(() => cleanSource({ text: " \n\t\n " })).toThrow(inputError("empty"));
  });
});

describe("speed on large and adversarial input", () => {
  const cases: [string, string][] = [
    ["many paragraphs", `${PARAGRAPH}\n`.repeat(Math.floor(1_950_000 / (PARAGRAPH.length + 1)))],
    ["one huge line", PARAGRAPH.repeat(Math.floor(1_950_000 / PARAGRAPH.length))],
    ["spaces then a letter", `${" ".repeat(1_900_000)}x`],
    ["closing quotes and dots", `Story.${"”.”.".repeat(400_000)} end`],
    ["short title-case lines", "Big News Today\n".repeat(130_000)],
    ["unclosed parentheses and dashes", "(WASHINGTON (AP — ".repeat(100_000)],
    ["markdown markers", "**_[x](".repeat(250_000)],
    ["unclosed script in markdown", "# T\n\n<script".repeat(150_000)],
  ];

  it.each(cases)("cleans %s (about 2 MB) in well under a second", (_name, text) => {
    const started = performance.now();
    cleanSource({ text });
    expect(performance.now() - started).toBeLessThan(1000);
  });

  it("cleans a 2 MB HTML page quickly", () => {
    const block = `<div class="item"><p>${PARAGRAPH}</p><a href="/x">Related Link Here</a></div>`;
    const html = `<html><body>${block.repeat(Math.floor(1_900_000 / block.length))}</body></html>`;
    const started = performance.now();
    const cleaned = cleanSource({ html });
    expect(performance.now() - started).toBeLessThan(1000);
    expect(cleaned.paragraphs.length).toBeGreaterThan(0);
  });
});
