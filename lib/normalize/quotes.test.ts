import { describe, expect, it } from "vitest";
import { extractQuotes } from "./quotes";

describe("extractQuotes", () => {
  it("reads curly, straight and guillemet quotations of two words or more", () => {
    expect(extractQuotes("Tertel emphasized that only “quiet, calm negotiations and a search for a compromise” could help."))
      .toEqual(["quiet, calm negotiations and a search for a compromise"]);
    expect(extractQuotes('She called it a "blow to the region" on Monday.')).toEqual(["blow to the region"]);
    expect(extractQuotes("Protesters chanted «no more war» outside.")).toEqual(["no more war"]);
  });

  it("skips one-word scare quotes", () => {
    expect(extractQuotes("The so-called “reform” was dropped.")).toEqual([]);
    expect(extractQuotes("Officials said the “temporary” closure had lasted a year.")).toEqual([]);
  });

  it("keeps one quoted word that a framing verb gives to a speaker", () => {
    expect(extractQuotes("He called the report “fake” again.")).toEqual(["fake"]);
    expect(extractQuotes('Transport Minister Kasimir Vollan described the action as "reckless" and left.')).toEqual(["reckless"]);
  });

  it("does not take apostrophes for single quotes", () => {
    expect(extractQuotes("Belarus’s envoy said the players’ union would not strike.")).toEqual([]);
    expect(extractQuotes("The coach said ‘we won’t play today’ after the vote.")).toEqual(["we won’t play today"]);
    expect(extractQuotes("He said 'we don't agree' twice.")).toEqual(["we don't agree"]);
  });

  it("drops the sentence's comma and keeps several quotations in order", () => {
    expect(extractQuotes("“We are working to calm the region,” he said, seeking “quiet talks and compromise”."))
      .toEqual(["We are working to calm the region", "quiet talks and compromise"]);
  });

  it("keeps the outer quotation only when quotes nest", () => {
    expect(extractQuotes("“He told me ‘no deal at all’ yesterday,” she said.")).toEqual(["He told me ‘no deal at all’ yesterday"]);
  });

  it("keeps both halves of a quotation split across sentences", () => {
    expect(extractQuotes("“We will hold the line. We must")).toEqual(["We will hold the line. We must"]);
    expect(extractQuotes("never give up the city,” she said.")).toEqual(["never give up the city"]);
  });

  // Issue 3: each single-quote opener with no closer left scanned to the end of the sentence.
  it("reads many unclosed single-quote openers in linear time", () => {
    const openers = " 'ab ‘cd".repeat(25_000);
    const started = performance.now();
    expect(extractQuotes(openers)).toEqual([]);
    expect(extractQuotes("He called it 'a fair deal' on Monday.")).toEqual(["a fair deal"]);
    // 150 s before the fix, milliseconds after; generous for a loaded machine.
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
