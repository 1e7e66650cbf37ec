import { describe, expect, it } from "vitest";
import { InputError } from "../../lib/errors";
import { buildSourceInputs, detectFormat } from "./build-inputs";
import { parseGoldFile } from "./gold-schema";

const article = (id: string, file = `${id}.txt`) => ({ id, file, outlet: null, title: null, publishedAt: null });
const shared = { kind: "shared", members: [{ article: "a", quotes: ["x"] }, { article: "b", quotes: ["y"] }] };

function faultOf(json: unknown): string {
  try {
    parseGoldFile(json);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).message;
  }
  throw new Error("expected the gold file to be rejected");
}

describe("parseGoldFile", () => {
  it("accepts the seed layout and fills in missing metadata with null", () => {
    const gold = parseGoldFile({ articles: [{ id: "a", file: "a.txt" }, article("b")], groups: [shared] });
    expect(gold.articles[0]).toEqual(article("a"));
  });

  it("names each fault", () => {
    expect(faultOf({ articles: [article("a"), article("b")], groups: [{ ...shared, members: [{ article: "a", quotes: ["x"] }, { article: "z", quotes: ["y"] }] }] })).toContain('unknown article "z"');
    expect(faultOf({ articles: [article("a"), article("b")], groups: [{ ...shared, kind: "conflict" }] })).toContain("a conflict needs a type");
    expect(faultOf({ articles: [article("a"), article("b")], groups: [{ ...shared, kind: "unique" }] })).toContain("exactly one member");
    expect(faultOf({ articles: [article("a"), article("a")], groups: [] })).toContain('duplicate article id "a"');
    expect(faultOf({ articles: [article("a")], boilerplate: { q: ["x"] }, groups: [] })).toContain('unknown article "q"');
    expect(faultOf({ articles: [article("a"), article("b")], groups: [{ ...shared, members: [{ article: "a", quotes: [""] }, { article: "b", quotes: ["y"] }] }] })).toContain("empty quote");
    expect(faultOf([])).toContain("invalid gold file");
  });
});

describe("buildSourceInputs", () => {
  it("reads the format from the extension and passes on only known metadata", () => {
    const gold = parseGoldFile({
      articles: [{ id: "a", file: "a.html", outlet: "A", title: "T", publishedAt: "2025-01-02" }, article("b", "b.md")],
      groups: [shared],
    });
    const inputs = buildSourceInputs(gold, (file) => `content of ${file}`);
    expect(inputs).toEqual([
      { html: "content of a.html", format: "html", title: "T", outlet: "A", publishedAt: "2025-01-02" },
      { text: "content of b.md", format: "markdown" },
    ]);
  });

  it("rejects files it cannot read as an article", () => {
    expect(detectFormat("x.TXT")).toBe("text");
    expect(() => detectFormat("x.pdf")).toThrow(InputError);
  });
});
