import { describe, expect, it } from "vitest";
import { DEFAULT_MODELS } from "../align/align-sentences";
import { wordnetLexicon } from "../normalize/lexicon";
import { createEngine } from "./create-engine";
import { defaultEngine } from "./default-engine";

// Invented reports of one ferry closure, with one figure they disagree on.
const A = "A storm closed the Kessel ferry on Friday. Twelve crossings were cancelled, the operator said. The harbour office expects service to resume on Monday.";
const B = "The Kessel ferry was shut by a storm on Friday. The operator said 14 crossings were cancelled. A café owner on the quay said trade was slow.";
const deps = { now: () => new Date("2031-05-02T00:00:00Z") };

describe("createEngine", () => {
  it("classifies a machine group again exactly as its compare did", () => {
    const c = defaultEngine.compare([{ text: A }, { text: B }], deps);
    const reclassify = defaultEngine.reclassify(c.sources);
    const linked = c.groups.filter((g) => g.members.length > 1);
    expect(linked.length).toBeGreaterThan(0);
    for (const group of linked) {
      const positions = group.members.map((m) => ({
        source: c.sources.findIndex((s) => s.id === m.sourceId),
        indices: m.sentenceIds.map((id) => c.sources.find((s) => s.id === m.sourceId)!.sentences.findIndex((x) => x.id === id)),
      }));
      const { kind, members, conflicts, variants, diff } = group;
      expect(reclassify(positions)).toEqual({ kind, members, conflicts, variants, diff });
    }
  });

  it("links with the models it is given", () => {
    const linked = (engine: typeof defaultEngine) => engine.compare([{ text: A }, { text: B }], deps).groups.filter((g) => g.members.length > 1).length;
    const neverLinks = createEngine({ lexicon: wordnetLexicon, models: { ...DEFAULT_MODELS, link: { bias: -50, weights: {} } } });
    expect(linked(defaultEngine)).toBeGreaterThan(0);
    expect(linked(neverLinks)).toBe(0);
  });

  it("links facts with the claims' own link model, sentences with the sentence model", () => {
    const linked = (engine: typeof defaultEngine, facts: boolean) => engine.compare([{ text: A }, { text: B }], deps, { facts }).groups.filter((g) => g.members.length > 1).length;
    const factsNeverLink = createEngine({ lexicon: wordnetLexicon, models: { ...DEFAULT_MODELS, factLink: { bias: -50, weights: {} } } });
    expect(linked(defaultEngine, true)).toBeGreaterThan(0);
    expect(linked(factsNeverLink, true)).toBe(0);
    expect(linked(factsNeverLink, false)).toBe(linked(defaultEngine, false));
  });
});
