// Bad input is refused with an InputError that names the problem in words.

import { describe, expect, it } from "vitest";
import { LIMITS } from "../limits";
import { cleanSource } from "./clean-source";

const inputError = (code: string) => expect.objectContaining({ name: "InputError", code });
const PARAGRAPH = "The Lakeport ferry carried 1,200 passengers on its first day, the operator said on Monday.";

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
    expect(() => cleanSource({ html: "<html><body>  </body></html>" })).toThrow(inputError("empty"));
  });

  it("words its messages for people: the problem, no stack trace", () => {
    const messages = [{ text: "\u0000" }, { text: "" }, { text: "x".repeat(LIMITS.maxSourceChars + 1) }].map((input) => {
      try {
        cleanSource(input);
        return "";
      } catch (error) {
        return error instanceof Error ? error.message : String(error);
      }
    });
    for (const message of messages) {
      expect(message).toMatch(/^The source /);
      expect(message).not.toMatch(/\bat \w+ \(|\.ts:\d+/);
    }
  });
});
