// Stored version-1 comparisons are exported exactly as before the read model (issue 10): the
// fixtures were captured from the exports of commit 8ee10c0 (the seed, a reviewed revision of
// it, and three reports of our own where two sources have no outlet) and must never drift.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Comparison } from "../types";
import { formatCsv } from "./format-csv";
import { formatMarkdownReport } from "./format-markdown";
import { describeShareCard } from "./share-card";

const read = (file: string) => readFileSync(new URL(`./fixtures/${file}`, import.meta.url), "utf8");

describe.each(["seed-v1", "seed-v1-revision", "plain-v1"])("the version-1 exports of %s", (name) => {
  const comparison = JSON.parse(read(`${name}.json`)) as Comparison;

  it("is still a version-1 comparison", () => {
    expect(comparison.version).toBe(1);
  });

  it("gives the same Markdown, byte for byte", () => {
    expect(formatMarkdownReport(comparison, { url: `https://parallax.example/c/${comparison.id}` })).toBe(read(`${name}.md`));
  });

  it("gives the same CSV, byte for byte", () => {
    expect(formatCsv(comparison)).toBe(read(`${name}.csv`));
  });

  it("gives the same share card", () => {
    expect(`${JSON.stringify(describeShareCard(comparison, null, "latin"))}\n`).toBe(read(`${name}.card.json`));
  });
});
