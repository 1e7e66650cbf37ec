import { describe, expect, it } from "vitest";
import { defaultEngine } from "@/lib/engine/default-engine";
import { createLargeComparison } from "@/lib/review/review-test-comparison";
import { TWO_FACT_SOURCES } from "@/test-support/two-fact-story";
import { buildEditorModel, previewFacts } from "./fact-edit-model";

// Three sources of four sentences: fact k (g{k}) holds sentence k of every source.
const model = buildEditorModel(createLargeComparison(3, 4), "c1", 2);
const fact = (facts: ReturnType<typeof previewFacts>, id: string) => facts.find((f) => f.id === id)!;

describe("the in-place editor's model", () => {
  it("holds every member source's sentences for each fact, numbered as the page numbers them", () => {
    expect(model.baseRevision).toBe(2);
    expect(model.sources.map((s) => s.label)).toEqual(["Report 1", "Report 2", "Report 3"]);
    const first = model.facts[0]!;
    expect(first.number).toBe(1);
    expect([...first.members]).toEqual([["s1", ["s1.1"]], ["s2", ["s2.1"]], ["s3", ["s3.1"]]]);
    expect(model.sentences.get("s3.4")).toMatchObject({ sourceId: "s3", number: 4 });
  });

  it("previews a link: the sentence leaves its fact and joins the other in reading order", () => {
    const facts = previewFacts(model, [{ op: "link", sentenceId: "s2.3", groupId: "g1" }]);
    expect([...fact(facts, "g1").members.get("s2")!]).toEqual(["s2.1", "s2.3"]);
    expect(fact(facts, "g1").linked.has("s2.3")).toBe(true);
    expect(fact(facts, "g3").members.has("s2")).toBe(false);
    expect(fact(facts, "g3").changed).toBe(true);
    expect(fact(facts, "g2").changed).toBe(false);
  });

  it("previews a merge: every sentence of one fact joins the other, which it leaves empty", () => {
    const facts = previewFacts(model, [{ op: "merge", groupId: "g1", otherGroupId: "g3" }]);
    expect([...fact(facts, "g1").members]).toEqual([["s1", ["s1.1", "s1.3"]], ["s2", ["s2.1", "s2.3"]], ["s3", ["s3.1", "s3.3"]]]);
    expect([...fact(facts, "g1").linked].sort()).toEqual(["s1.3", "s2.3", "s3.3"]);
    expect(fact(facts, "g3").members.size).toBe(0);
    expect(fact(facts, "g3").changed).toBe(true);
    expect(fact(facts, "g2").changed).toBe(false);
  });

  it("previews a split: the chosen sentences leave as a new fact listed right after their old one", () => {
    const edit = { op: "split" as const, groupId: "g2", sentenceIds: ["s2.2", "s3.2"] };
    const facts = previewFacts(model, [edit]);
    expect(facts.map((f) => f.id)).toEqual(["g1", "g2", "g2-split-0", "g3", "g4"]);
    const fresh = fact(facts, "g2-split-0");
    expect([...fresh.members]).toEqual([["s2", ["s2.2"]], ["s3", ["s3.2"]]]);
    expect(fresh).toMatchObject({ kind: "shared", changed: true });
    expect(fresh.split?.edit).toBe(edit);
    expect(fresh.split?.from.id).toBe("g2");
    expect([...fact(facts, "g2").members]).toEqual([["s1", ["s1.2"]]]);
    expect(fact(facts, "g2")).toMatchObject({ kind: "unique", changed: true });
    expect(fact(facts, "g1").changed).toBe(false);
  });

  it("previews decisions, kind, conflict values, notes and unlinks on the fact itself", () => {
    const conflict = { type: "number" as const, values: [{ sourceId: "s1", text: "3" }, { sourceId: "s2", text: "4" }] };
    const facts = previewFacts(model, [
      { op: "confirm", groupId: "g1" },
      { op: "set-conflict", groupId: "g2", conflict },
      { op: "note", groupId: "g2", text: "  Which? " },
      { op: "unlink", sentenceId: "s3.4" },
      { op: "reject", groupId: "g4" },
    ]);
    expect(fact(facts, "g1")).toMatchObject({ decision: "confirm", kind: "shared", changed: true });
    expect(fact(facts, "g2")).toMatchObject({ kind: "conflict", conflict, note: "Which?" });
    expect(fact(facts, "g4").unlinked.has("s3.4")).toBe(true);
    expect(fact(facts, "g4").decision).toBe("reject");
    // The model itself is never changed by a preview.
    expect(model.facts[1]!.kind).toBe("shared");
    expect([...model.facts[2]!.members.get("s2")!]).toEqual(["s2.3"]);
  });
});

describe("the in-place editor's model of a version-2 comparison", () => {
  // The invented derailment: each lead sentence states two facts, with spans.
  const v2 = defaultEngine.compare(TWO_FACT_SOURCES.map((s) => ({ ...s })), { now: () => new Date("2031-01-01T00:00:00.000Z") }, { facts: true });
  const model2 = buildEditorModel(v2, "c2", 0);
  const factOf = (words: string) => v2.groups.find((g) => g.members.some((m) => m.spans?.some((s) => textOf(s.sentenceId).slice(s.start, s.end).includes(words))))!;
  const textOf = (id: string) => model2.sentences.get(id)!.text;

  it("offers a sentence's marked parts only where it states several facts", () => {
    expect(model2.version).toBe(2);
    const herald = model2.parts.get("s3.1")!.map((s) => textOf("s3.1").slice(s.start, s.end));
    expect(herald).toEqual(["Some 40 tonnes of fertiliser leaked into the Lisk river", "the two drivers were taken to hospital."]);
    expect(model2.parts.has("s2.2")).toBe(false); // one fact, no parts to choose from
    expect(model.parts.size).toBe(0); // version 1 has none
  });

  it("previews a link as one more fact of the sentence, and an unlink from the fact it names", () => {
    const derailment = factOf("A freight train derailed");
    const injury = factOf("injuring its two drivers");
    const spill = factOf("Some 40 tonnes");
    const span = model2.parts.get("s3.1")![1]!;
    const facts = previewFacts(model2, [
      { op: "link", groupId: derailment.id, sentenceId: "s3.1", span },
      { op: "unlink", groupId: injury.id, sentenceId: "s2.1" },
    ]);
    expect(fact(facts, derailment.id).members.get("s3")).toEqual(["s3.1"]);
    expect(fact(facts, spill.id).members.get("s3")).toEqual(["s3.1"]); // kept: it still states the spill
    expect(fact(facts, injury.id).unlinked.has("s2.1")).toBe(true);
    expect(fact(facts, derailment.id).unlinked.has("s2.1")).toBe(false);
  });
});
