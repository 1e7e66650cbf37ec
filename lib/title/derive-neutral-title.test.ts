import { describe, expect, it } from "vitest";
import { compareSources } from "../compare";
import { deriveNeutralTitle, MAX_TITLE_CHARS, trimTitle } from "./derive-neutral-title";

// Invented reports of an invented harbour fire; the two disagree on the death toll.
const FIRE_A =
  "An overnight fire destroyed a grain warehouse at Kessel harbour on Monday, killing 3 workers, the fire service said. Firefighters needed six hours to bring it under control. The harbour will stay closed until Wednesday.";
const FIRE_B =
  "A fire destroyed a grain warehouse at Kessel harbour on Monday night, killing 5 workers. Firefighters spent six hours fighting the blaze. Police have opened an inquiry into the cause.";
const PRIZE = "A choir from Ulm Island won the regional school music prize on Saturday. The judges praised its version of an old sea shanty.";
const TRAM = "The city council voted to extend the tram line to the airport. Work is due to start next spring.";
const deps = { now: () => new Date("2031-01-01T00:00:00Z") };

describe("deriveNeutralTitle", () => {
  it("names the event by the fact the sources share, not by source 1's headline or its disputed toll", () => {
    const comparison = compareSources([{ text: FIRE_A, title: "Harbour blaze kills 3" }, { text: FIRE_B }], deps);
    const title = deriveNeutralTitle(comparison);
    expect(title).toBe("A fire destroyed a grain warehouse at Kessel harbour on Monday night");
    expect(title).not.toMatch(/\b[35]\b/);
  });

  it("takes the wording the other sources share most, not the shortest aside", () => {
    const group = {
      id: "g1", kind: "shared" as const, score: 1, conflicts: [], variants: [], diff: null,
      members: [{ sourceId: "s1", sentenceIds: ["s1.1"] }, { sourceId: "s2", sentenceIds: ["s2.1"] }, { sourceId: "s3", sentenceIds: ["s3.1"] }],
    };
    const source = (id: string, text: string) => ({ id, title: null, outlet: null, url: null, publishedAt: null, sentences: [{ id: `${id}.1`, text, paragraph: 0 }], removed: [], warnings: [] });
    const comparison = {
      ...compareSources([{ text: PRIZE }, { text: TRAM }], deps, { facts: true }),
      sources: [
        source("s1", "The harbour master, 61, has worked there since 1990."),
        source("s2", "Kessel harbour closed after a grain warehouse fire, the harbour master said."),
        source("s3", "A grain warehouse fire closed Kessel harbour on Monday."),
      ],
      groups: [group],
    };
    expect(deriveNeutralTitle(comparison)).toBe("A grain warehouse fire closed Kessel harbour on Monday");
    // A version-1 comparison keeps the name it was first shown with: the shortest wording.
    expect(deriveNeutralTitle({ ...comparison, version: 1 })).toBe("The harbour master, 61, has worked there since 1990");
  });

  it("passes over words that lean on the sentence before (a pronoun for a subject)", () => {
    const source = (id: string, texts: string[]) => ({ id, title: null, outlet: null, url: null, publishedAt: null, sentences: texts.map((text, k) => ({ id: `${id}.${k + 1}`, text, paragraph: k })), removed: [], warnings: [] });
    const comparison = {
      ...compareSources([{ text: PRIZE }, { text: TRAM }], deps, { facts: true }),
      sources: [source("s1", ["Engineers warned of a grid failure.", "On Monday night they came true."]), source("s2", ["The warnings came true on Monday night.", "Households across Vesna lost power on Monday night."])],
      groups: [
        { id: "g1", kind: "shared" as const, score: 1, conflicts: [], variants: [], diff: null, members: [{ sourceId: "s1", sentenceIds: ["s1.2"] }, { sourceId: "s2", sentenceIds: ["s2.1"] }] },
        { id: "g2", kind: "shared" as const, score: 1, conflicts: [], variants: [], diff: null, members: [{ sourceId: "s1", sentenceIds: ["s1.2"] }, { sourceId: "s2", sentenceIds: ["s2.2"] }] },
      ],
    };
    expect(deriveNeutralTitle(comparison)).toBe("The warnings came true on Monday night");
  });

  it("gives nothing when the sources share no fact", () => {
    expect(deriveNeutralTitle(compareSources([{ text: PRIZE }, { text: TRAM }], deps))).toBeNull();
  });
});

describe("trimTitle", () => {
  it("takes a disputed amount out with its hedge and its \"of\", so the title still reads", () => {
    expect(trimTitle("Some 30 barrels of diesel spilled into Corran Bay", ["30 barrels", "About 18 barrels"])).toBe("Diesel spilled into Corran Bay");
    expect(trimTitle("At least 12 ferries were cancelled in Hallow", ["12"])).toBe("Ferries were cancelled in Hallow");
  });

  it("takes a disputed value at the end out with the phrase that led to it", () => {
    const leadIn = { leadIn: true };
    expect(trimTitle("Storm Edda reached the Brenna coast with winds of 140 mph", ["140 mph"], leadIn)).toBe("Storm Edda reached the Brenna coast");
    expect(trimTitle("Kessel Port Closes As Unions Fail To Agree Terms", ["Fail To Agree Terms"], leadIn)).toBe("Kessel Port Closes");
    expect(trimTitle("Storm Edda flooded 40 homes on the Brenna coast", ["40"], leadIn)).toBe("Storm Edda flooded homes on the Brenna coast");
    // Version 1 names stay as they were.
    expect(trimTitle("Storm Edda reached the Brenna coast with winds of 140 mph", ["140 mph"])).toBe("Storm Edda reached the Brenna coast with winds of");
  });

  it("takes out the disputed values as whole words only", () => {
    expect(trimTitle("Storm in 2014 floods 40 homes in Brenna", ["40"])).toBe("Storm in 2014 floods homes in Brenna");
  });

  it("drops a leading time phrase and a trailing attribution", () => {
    expect(trimTitle("On Tuesday, the ferry to Ulm Island ran aground near the pier, the coastguard said.")).toBe(
      "The ferry to Ulm Island ran aground near the pier",
    );
  });

  it("cuts a long sentence at a clause, then at a word, to a headline's length", () => {
    const long =
      "Volunteers from four villages rebuilt the old stone bridge over the Brenna river in eleven days, using timber donated by a sawmill that closed last year and tools lent by the county";
    const title = trimTitle(long);
    expect(title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(title).toBe("Volunteers from four villages rebuilt the old stone bridge over the Brenna…");
  });

  it("gives up on a candidate with too little left", () => {
    expect(trimTitle("“Never again,” she said.", ["Never again"])).toBe("");
  });
});
