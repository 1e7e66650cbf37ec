import { describe, expect, it } from "vitest";
import { listEvalCases, loadEvalCase } from "../eval-cases";
import { detectFormat } from "./build-inputs";
import { buildOracleComparison } from "./build-oracle-comparison";
import { lintGold } from "./gold-lint";
import { readRoughSentences } from "./rough-sentences";
import { scoreAgainstGold } from "./score-gold";

const fixtures = listEvalCases().filter((c) => !c.isSeed);

describe("gold fixtures", () => {
  it("has at least five stories", () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
  });

  for (const c of fixtures) {
    it(`${c.name}: quotes pick one sentence each and every sentence is accounted for`, () => {
      const { gold, raw } = loadEvalCase(c.goldPath, c.articleDir);
      const rough = new Map(
        gold.articles.map((a) => [a.id, readRoughSentences(raw.get(a.id) ?? "", detectFormat(a.file))] as const),
      );
      expect(lintGold(gold, rough)).toEqual([]);
    });

    it(`${c.name}: every article has 8 to 20 story sentences`, () => {
      const { gold } = loadEvalCase(c.goldPath, c.articleDir);
      for (const article of gold.articles) {
        const sentences = new Set(
          gold.groups.flatMap((g) => g.members.filter((m) => m.article === article.id).flatMap((m) => m.quotes)),
        );
        expect(sentences.size, article.id).toBeGreaterThanOrEqual(8);
        expect(sentences.size, article.id).toBeLessThanOrEqual(20);
      }
    });
  }
});

describe("an oracle result", () => {
  for (const c of listEvalCases()) {
    it(`${c.name}: scores full marks`, () => {
      const { gold, raw } = loadEvalCase(c.goldPath, c.articleDir);
      const rough = new Map(
        gold.articles.map((a) => [a.id, readRoughSentences(raw.get(a.id) ?? "", detectFormat(a.file))] as const),
      );
      const score = scoreAgainstGold(gold, buildOracleComparison(gold, rough));
      expect(score.problems).toEqual([]);
      expect(score.links.f1).toBe(1);
      expect(score.kinds.accuracy).toBe(1);
      expect(score.conflicts.typed).toBe(score.conflicts.gold);
      expect(score.unique.recall).toBe(1);
      expect(score.cleaning.share).toBe(1);
    });
  }
});
