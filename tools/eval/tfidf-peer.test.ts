import { describe, expect, it } from "vitest";
import { alignByTfidf, cosine, fitIdf, measureSpearman, splitSentences, tokenizeWords, vectorize } from "./tfidf-peer";

describe("the TF-IDF cosine peer", () => {
  it("scores a sentence against itself 1 and against a sentence with no shared word 0", () => {
    const docs = ["The ferry left the harbour at dawn.", "Snow closed a mountain pass."].map(tokenizeWords);
    const idf = fitIdf(docs);
    const [a, b] = docs.map((d) => vectorize(d, idf));
    expect(cosine(a!, a!)).toBeCloseTo(1, 10);
    expect(cosine(a!, b!)).toBe(0);
  });

  it("weighs a rare shared word above a common one", () => {
    const docs = ["the council met", "the council voted", "the mayor spoke", "the tram plan"].map(tokenizeWords);
    const idf = fitIdf(docs);
    expect(idf.get("council")!).toBeGreaterThan(idf.get("the")!);
  });

  it("links each sentence to its best match in the other source above the threshold", () => {
    const links = alignByTfidf(["The tram line opens in May. Fares rise by ten cents.", "Officials said fares rise by ten cents next year. A new tram line opens in May."], 0.4);
    const fromFirst = links.filter((l) => l.source === 0).map((l) => [l.sentence, l.otherSentence]);
    expect(fromFirst).toEqual([[0, 1], [1, 0]]);
  });

  it("splits on sentence ends and line breaks", () => {
    expect(splitSentences("One. Two?\nThree!")).toEqual(["One.", "Two?", "Three!"]);
  });

  it("ranks with ties sharing their mean rank", () => {
    expect(measureSpearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 10);
    expect(measureSpearman([1, 2, 3, 4], [4, 3, 2, 1])).toBeCloseTo(-1, 10);
    expect(measureSpearman([0, 0, 1, 2], [1, 2, 3, 4])).toBeCloseTo(0.9487, 3);
  });
});
