// The two seed articles (real, dirty scrapes) against the gold file's cleaning expectations.

import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { cleanSource } from "./clean-source";
import { foldText } from "./text-shape";

const SEED_DIR = new URL("../../seeds/belarus-kgb-talks/", import.meta.url);
const GOLD = JSON.parse(readFileSync(new URL("../../../shared/seeds/expected.json", import.meta.url), "utf8")) as {
  articles: { id: string; file: string }[];
  boilerplate: Record<string, string[]>;
  duplicates: Record<string, string[]>;
  groups: { members: { article: string; quotes: string[] }[] }[];
};

function cleanSeed(id: string) {
  const article = GOLD.articles.find((a) => a.id === id);
  if (!article) throw new Error(`no seed ${id}`);
  return cleanSource({ text: readFileSync(new URL(article.file, SEED_DIR), "utf8") });
}

const countContaining = (texts: string[], quote: string) =>
  texts.filter((text) => foldText(text).includes(foldText(quote))).length;

describe.each(["menafn", "econotimes"])("seed %s", (id) => {
  const cleaned = cleanSeed(id);
  const removedTexts = cleaned.removed.map((r) => r.text);

  it.each(GOLD.boilerplate[id] ?? [])("removes boilerplate %j", (quote) => {
    expect(countContaining(removedTexts, quote)).toBeGreaterThan(0);
    expect(countContaining(cleaned.paragraphs, quote)).toBe(0);
  });

  it.each(GOLD.duplicates[id] ?? [])("keeps one copy of %j", (quote) => {
    expect(countContaining(cleaned.paragraphs, quote)).toBe(1);
    const duplicates = cleaned.removed.filter((r) => r.reason === "duplicate").map((r) => r.text);
    expect(countContaining(duplicates, quote)).toBe(1);
  });

  it("keeps every story sentence the gold groups quote", () => {
    const allText = [...cleaned.paragraphs, cleaned.title ?? ""];
    const storyQuotes = GOLD.groups
      .flatMap((group) => group.members)
      .filter((member) => member.article === id)
      .flatMap((member) => member.quotes);
    for (const quote of storyQuotes) expect(countContaining(allText, quote), quote).toBeGreaterThan(0);
  });

  it("warns about nothing", () => {
    expect(cleaned.warnings).toEqual([]);
  });
});

describe("seed menafn metadata", () => {
  const cleaned = cleanSeed("menafn");

  it("takes the headline line as the title and out of the paragraphs", () => {
    expect(cleaned.title).toBe("Belarus KGB Chief Backs Renewed Russia-Ukraine Talks");
    expect(countContaining(cleaned.paragraphs, "Belarus KGB Chief Backs")).toBe(0);
  });

  it("reads the outlet from the dateline and strips the marker", () => {
    expect(cleaned.outlet).toBe("MENAFN");
    expect(cleaned.paragraphs[0]).toMatch(/^The head of Belarus/);
    expect(cleaned.removed).toContainEqual({ text: "(MENAFN)", reason: "other" });
  });

  it("names the reasons", () => {
    const reasonOf = (quote: string) => cleaned.removed.find((r) => foldText(r.text).includes(foldText(quote)))?.reason;
    expect(reasonOf("403")).toBe("error-page");
    expect(reasonOf("Legal Disclaimer")).toBe("disclaimer");
    expect(reasonOf("without warranty")).toBe("disclaimer");
    expect(reasonOf("No comment")).toBe("boilerplate");
  });
});

describe("seed econotimes", () => {
  it("has no headline line and removes the headline list as navigation", () => {
    const cleaned = cleanSeed("econotimes");
    expect(cleaned.title).toBeNull();
    expect(cleaned.paragraphs).toHaveLength(6);
    expect(cleaned.removed.every((r) => r.reason === "navigation")).toBe(true);
  });
});
