import { describe, expect, it } from "vitest";
import { defaultEngine } from "@/lib/engine/default-engine";
import { TWO_FACT_SOURCES } from "@/test-support/two-fact-story";
import { DEFAULT_VIEW_STATE } from "../comparison/view-state";
import { buildEditorModel, previewFacts } from "./fact-edit-model";
import { selectShownFacts } from "./shown-facts";

const comparison = defaultEngine.compare(TWO_FACT_SOURCES.map((s) => ({ ...s })), { now: () => new Date("2031-01-01T00:00:00.000Z") }, { facts: true });
const model = buildEditorModel(comparison, "c1", 0);
const untouched = previewFacts(model, []);
const ids = (facts: readonly { id: string }[]) => facts.map((f) => f.id);
const ofKind = (kind: string) => model.facts.filter((f) => f.kind === kind).map((f) => f.id);

describe("the facts the in-place editor lists", () => {
  it("lists every fact and source when the page shows everything", () => {
    const shown = selectShownFacts(model, untouched, { state: DEFAULT_VIEW_STATE, query: "" }, null);
    expect(ids(shown.facts)).toEqual(ids(model.facts));
    expect(shown.sources.map((s) => s.id)).toEqual(["s1", "s2", "s3"]);
  });

  it("keeps to the page's kind filter", () => {
    expect(ofKind("conflict").length).toBeGreaterThan(0);
    const shown = selectShownFacts(model, untouched, { state: { ...DEFAULT_VIEW_STATE, filter: "conflict" }, query: "" }, null);
    expect(ids(shown.facts)).toEqual(ofKind("conflict"));
  });

  it("drops hidden sources' columns and the facts only they report", () => {
    const shown = selectShownFacts(model, untouched, { state: { ...DEFAULT_VIEW_STATE, hide: ["s3"] }, query: "" }, null);
    expect(shown.sources.map((s) => s.id)).toEqual(["s1", "s2"]);
    const onlyThird = model.facts.filter((f) => [...f.members.keys()].every((id) => id === "s3"));
    expect(onlyThird.length).toBeGreaterThan(0);
    for (const fact of onlyThird) expect(ids(shown.facts)).not.toContain(fact.id);
    expect(shown.facts.length).toBe(model.facts.length - onlyThird.length);
  });

  it("keeps to the search, in any spelling the page's search accepts", () => {
    const shown = selectShownFacts(model, untouched, { state: DEFAULT_VIEW_STATE, query: "WELLS" }, null);
    expect(shown.facts).toHaveLength(1);
    expect([...shown.facts[0]!.members.keys()]).toEqual(["s3"]);
  });

  it("keeps a fact with pending changes and the linking target in view whatever the filter", () => {
    const unique = ofKind("unique")[0]!;
    const shared = ofKind("shared")[0] ?? ofKind("conflict")[0]!;
    const facts = previewFacts(model, [{ op: "note", groupId: unique, text: "Check with the operator" }]);
    const shown = selectShownFacts(model, facts, { state: { ...DEFAULT_VIEW_STATE, filter: "conflict" }, query: "no such words" }, shared);
    expect(ids(shown.facts).sort()).toEqual([unique, shared].sort());
  });
});
