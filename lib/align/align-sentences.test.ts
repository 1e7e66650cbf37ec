import { describe, expect, it } from "vitest";
import { analyzeSentences } from "../normalize/analyze-sentence";
import { alignSentences, DEFAULT_ALIGN_OPTIONS, DEFAULT_MODELS } from "./align-sentences";

const analyze = (texts: string[]) => analyzeSentences(texts, { publishedAt: null });

const wire = [
  "A fire broke out on the Valmora ferry late on Friday near the port of Castellan.",
  "The coast guard said 212 passengers were evacuated in lifeboats.",
  "Harbour master Ines Okafor said the engine room was sealed.",
  "The ferry operator has run the route since 1998.",
];
const rewrite = [
  "Coast guard officials said 212 passengers left the burning ferry in lifeboats.",
  "Fire broke out late Friday aboard the Valmora ferry close to Castellan's port.",
  "Tourism in the region had already suffered from a wet summer.",
  "According to harbour master Ines Okafor, crews sealed the engine room.",
];

describe("alignSentences", () => {
  const groups = alignSentences([analyze(wire), analyze(rewrite)]);
  const linked = groups.filter((g) => g.members.length > 1).map((g) => g.members.map((m) => m.indices));

  it("links retellings of the same statement across reordering", () => {
    expect(linked).toContainEqual([[0], [1]]);
    expect(linked).toContainEqual([[1], [0]]);
    expect(linked).toContainEqual([[2], [3]]);
  });

  it("leaves statements only one source makes unaligned", () => {
    expect(groups).toContainEqual({ members: [{ source: 0, indices: [3] }], score: 1 });
    expect(groups).toContainEqual({ members: [{ source: 1, indices: [2] }], score: 1 });
  });

  it("puts every sentence in exactly one group, deterministically", () => {
    const all = groups.flatMap((g) => g.members.flatMap((m) => m.indices.map((i) => `${m.source}.${i}`)));
    expect(all.sort()).toEqual(["0.0", "0.1", "0.2", "0.3", "1.0", "1.1", "1.2", "1.3"]);
    expect(alignSentences([analyze(wire), analyze(rewrite)])).toEqual(groups);
  });

  it("does not link two different statements that only share a name", () => {
    const a = analyze(["Ines Okafor ordered the harbour closed to all traffic."]);
    const b = analyze(["Ines Okafor studied marine engineering in Lisbon."]);
    expect(alignSentences([a, b]).every((g) => g.members.length === 1)).toBe(true);
  });

  it("lets one sentence align with neighbouring sentences that together say the same", () => {
    const one = analyze(["Mayor Tova Reine said on Sunday that the Kessel dam held and that 3,000 residents could return home."]);
    const split = analyze([
      "Mayor Tova Reine spoke on Sunday.",
      "She said the Kessel dam held.",
      "About 3,000 residents can return home, she added.",
      "Schools remain closed.",
    ]);
    const group = alignSentences([one, split]).find((g) => g.members.length > 1);
    expect(group?.members[1]?.indices.length).toBeGreaterThanOrEqual(2);
    expect(group?.members[1]?.indices).not.toContain(3);
  });

  it("holds groups together by the link model's P(link) with cohesionByLink", () => {
    const same = "The Orvel bridge closed to all traffic on Tuesday after engineers found cracks.";
    const three = [analyze([same]), analyze([same]), analyze([same])];
    // Every candidate pair gets P(link) 0.5: enough to link two sources, too little to hold three.
    const models = { ...DEFAULT_MODELS, link: { bias: 0, weights: {} } };
    const options = { ...DEFAULT_ALIGN_OPTIONS, minCohesion: 0.6 };
    const widest = (groups: ReturnType<typeof alignSentences>) => Math.max(...groups.map((g) => g.members.length));
    expect(widest(alignSentences(three, options, models))).toBe(3);
    expect(widest(alignSentences(three, { ...options, cohesionByLink: true }, models))).toBe(2);
  });
});
