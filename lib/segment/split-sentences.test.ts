import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitSentences } from "./split-sentences";

const SEEDS = fileURLToPath(new URL("../../seeds/belarus-kgb-talks/", import.meta.url));
const readSeed = (name: string) => readFileSync(SEEDS + name, "utf8");
const splitSeed = (name: string) =>
  readSeed(name)
    .split("\n")
    .flatMap((line) => splitSentences(line).map((s) => s.text));

describe("splitSentences", () => {
  it("returns offset spans that slice back to their text", () => {
    const p = "  First one.  Second one!   Third?  ";
    const spans = splitSentences(p);
    expect(spans.map((s) => s.text)).toEqual(["First one.", "Second one!", "Third?"]);
    for (const s of spans) expect(p.slice(s.start, s.end)).toBe(s.text);
  });
  it("returns nothing for empty or blank input and keeps text without marks", () => {
    expect(splitSentences("")).toEqual([]);
    expect(splitSentences("   \n ")).toEqual([]);
    expect(splitSentences("A headline without a stop")).toHaveLength(1);
  });
  it("keeps repeated marks together", () => {
    expect(splitSentences("Really?! Yes!!! Fine.").map((s) => s.text)).toEqual(["Really?!", "Yes!!!", "Fine."]);
  });
  it("always returns ordered, trimmed, non-empty spans that slice back", () => {
    const piece = fc.constantFrom("U.S.", "Dr.", " ", "\n", "- ", "1. ", ".", "?", "!", "…", "”", "\"", ")", "(", "a", "The", "3.5", "x@y.org", "J.");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        const p = parts.join("");
        let last = 0;
        for (const s of splitSentences(p)) {
          expect(p.slice(s.start, s.end)).toBe(s.text);
          expect(s.text).toBe(s.text.trim());
          expect(s.text.length).toBeGreaterThan(0);
          expect(s.start).toBeGreaterThanOrEqual(last);
          last = s.end;
        }
      }),
      { numRuns: 500 },
    );
  });
  it("splits long paragraphs without a hang (the timeout is the guard)", () => {
    const p = "The U.S. envoy met Dr. Lee at 5 p.m. on Oct. 19, and 3.5 percent said no. ".repeat(2000);
    expect(splitSentences(p)).toHaveLength(2000);
  }, 15_000);
});

describe("seed articles", () => {
  it("splits the three-sentence paragraph of seed 000", () => {
    const line = readSeed("000_c2e19882409bdcf9.txt")
      .split("\n")
      .find((l) => l.startsWith("He continues"));
    expect(splitSentences(line ?? "").map((s) => s.text)).toEqual([
      "He continues to appeal for heightened military support from Western allies.",
      "During a visit to the United States last week, he sought to acquire long-range Tomahawk cruise missiles from President Donald Trump.",
      "That request, however, was rejected.",
    ]);
  });

  it("keeps every story sentence of seed 000 whole", () => {
    const sentences = splitSeed("000_c2e19882409bdcf9.txt");
    for (const whole of [
      "(MENAFN) The head of Belarus's State Security Committee, commonly known as the KGB, has expressed his organization's intent to assist in reviving diplomatic negotiations between Russia and Ukraine.",
      "Tertel emphasized that only “quiet, calm negotiations and a search for a compromise” could lead to a resolution.",
      "However, the offer was turned down by Kiev.",
      "For instance, when Hungarian Prime Minister Viktor Orban proposed to broker peace talks in late 2024, Zelensky rejected the suggestion, stating that Budapest lacks both a powerful military and sufficient influence over Russian President Vladimir Putin.",
      "This summit, expected to take place within weeks, will follow up on a prior face-to-face encounter held in Alaska this past August.",
    ]) {
      expect(sentences).toContain(whole);
    }
    expect(sentences.filter((s) => s.startsWith("Sorry!!"))).toEqual(["Sorry!!"]);
  });

  it("keeps every sentence of seed 001 whole", () => {
    const sentences = splitSeed("001_40ca302662be84e7.txt");
    for (const whole of [
      "His comments were reported by the state-run Belta news agency on Sunday.",
      "“Our president is working as much as he can to stabilize the region,” he said, adding that Belarus seeks “quiet talks and compromise” to balance the interests of both sides in the conflict.",
      "Adding to the changing dynamics, U.S. President Donald Trump has reached out to Lukashenko, describing him as a “highly respected leader” and sending an envoy to Minsk.",
      "This diplomatic outreach reportedly resulted in the release of more than 50 political prisoners.",
      "Last month, Lukashenko also expressed his desire to speak directly with Ukrainian President Volodymyr Zelenskiy to help mediate an end to the war — a move that could mark a notable step toward dialogue in a region struggling with prolonged conflict.",
      "TrumpRx.gov Highlights GLP-1 Drug Discounts but Offers Limited Savings for Most Americans",
      "U.S. to Begin Paying UN Dues as Financial Crisis Spurs Push for Reforms",
    ]) {
      expect(sentences).toContain(whole);
    }
    const firstParagraph = readSeed("001_40ca302662be84e7.txt").split("\n")[0] ?? "";
    expect(splitSentences(firstParagraph)).toHaveLength(3);
  });
});
