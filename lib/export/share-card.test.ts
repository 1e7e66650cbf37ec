import { describe, expect, it } from "vitest";
import { describeShareCard, keepDrawable } from "./share-card";
import { makeComparison } from "./test-comparison";

describe("describeShareCard", () => {
  it("gives the event, the outlets and the counts", () => {
    const comparison = makeComparison();
    expect(describeShareCard(comparison, null, "european")).toEqual({
      title: "Heavy rain flooded the Riverton bridge on Tuesday",
      outlets: "Valley Courier · Hill *County* News",
      stats: comparison.stats,
    });
  });

  it("drops characters the system fonts cannot draw instead of fetching a font", () => {
    expect(keepDrawable("Flood 🌊 in Київ – 東京 “now”", "european")).toBe("Flood in Київ – “now”");
    expect(keepDrawable("Flood 🌊 in Київ – 東京", "latin")).toBe("Flood in –");
  });

  it("shortens long titles and many outlets", () => {
    const comparison = makeComparison();
    const many = { ...comparison, sources: Array.from({ length: 6 }, (_, k) => ({ ...comparison.sources[0]!, id: `s${k + 1}`, outlet: `Outlet ${k + 1}` })) };
    const card = describeShareCard(many, "word ".repeat(60), "latin");
    expect(card.title.length).toBeLessThanOrEqual(110);
    expect(card.title.endsWith("…")).toBe(true);
    expect(card.outlets).toBe("Outlet 1 · Outlet 2 · Outlet 3 and 3 more");
  });
});
