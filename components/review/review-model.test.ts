import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { makeComparison } from "@/lib/export/test-comparison";
import { applyEdits } from "@/lib/review/apply-edits";
import { ComparisonPage } from "../comparison/comparison-page";
import { RevisionBanner } from "../comparison/revision-banner";
import { buildEdits, buildReviewModel, startForm } from "./review-model";
import { parseViewState } from "../comparison/view-state";

// The test comparison: g1 shared, g2 the 40 / 60 homes conflict, then unique statements.
const machine = makeComparison();
const model = buildReviewModel(machine, "Exported000000001", 0);

describe("the review form's edits", () => {
  it("sends nothing for an untouched form", () => {
    expect(buildEdits(model, startForm(model))).toEqual([]);
  });

  it("turns decisions, kinds, conflicts, notes, moves and the summary into edits, in that order", () => {
    const form = startForm(model);
    form.groups.g1 = { ...form.groups.g1!, decision: "confirm", kind: "conflict", conflictType: "date", values: { s1: "Tuesday", s2: "Monday" } };
    form.groups.g2 = { ...form.groups.g2!, decision: "none", kind: "shared", note: "Same estimate, rounded." };
    form.merges = [{ groupId: "g3", otherGroupId: "g5" }];
    form.moves = [{ sentenceId: "s2.3", to: "g3" }, { sentenceId: "s1.1", to: "" }];
    form.summary = "Checked.";
    expect(buildEdits(model, form)).toEqual([
      { op: "confirm", groupId: "g1" },
      { op: "set-conflict", groupId: "g1", conflict: { type: "date", values: [{ sourceId: "s1", text: "Tuesday" }, { sourceId: "s2", text: "Monday" }] } },
      { op: "retype", groupId: "g2", kind: "shared" },
      { op: "note", groupId: "g2", text: "Same estimate, rounded." },
      { op: "merge", groupId: "g3", otherGroupId: "g5" },
      { op: "link", sentenceId: "s2.3", groupId: "g3" },
      { op: "unlink", sentenceId: "s1.1" },
      { op: "summary", text: "Checked." },
    ]);
  });

  it("corrects the existing conflict in place and rejects without retyping", () => {
    const form = startForm(model);
    form.groups.g2 = { ...form.groups.g2!, conflictType: "other" };
    form.groups.g1 = { ...form.groups.g1!, decision: "reject", kind: "conflict" };
    const edits = buildEdits(model, form);
    expect(edits).toEqual([
      { op: "reject", groupId: "g1" },
      { op: "set-conflict", groupId: "g2", index: 0, conflict: { type: "other", values: machine.groups[1]!.conflicts[0]!.values } },
    ]);
    expect(() => applyEdits(machine, edits, { now: () => new Date(0) })).not.toThrow();
  });
});

describe("reviewed groups on the comparison page", () => {
  it("carry a visible Reviewed label and the note in every view", () => {
    const reviewed = applyEdits(machine, [{ op: "note", groupId: "g2", text: "Council says 60." }], { now: () => new Date(0) });
    const html = renderToStaticMarkup(createElement(ComparisonPage, { title: "T", comparison: reviewed, state: parseViewState({}, ["s1", "s2"]) }));
    for (const view of ["columns", "facts", "coverage"]) {
      const start = html.indexOf(`data-panel="${view}"`);
      const panel = html.slice(start, html.indexOf("</section>", start));
      expect(panel, view).toContain("Reviewed");
    }
    expect(html).toContain("Council says 60.");
    const plain = renderToStaticMarkup(createElement(ComparisonPage, { title: "T", comparison: machine, state: parseViewState({}, ["s1", "s2"]) }));
    expect(plain).not.toContain("Reviewed");
  });
});

describe("the revision banner", () => {
  const review = { revision: 3, basedOn: 1, savedAt: "2031-03-06T09:30:00.000Z", editor: "Dana", note: "Checked.", changes: [{ action: "confirmed" as const, groupId: "g1", detail: "Confirmed Fact 1" }] };
  const revisions = [1, 2, 3].map((number) => ({ number, basedOn: number === 3 ? 1 : number - 1, savedAt: review.savedAt, editor: null }));

  it("says which revision, when, by whom, its base, what changed, and that it skipped one", () => {
    const html = renderToStaticMarkup(createElement(RevisionBanner, { id: "X", number: 3, review, revisions }));
    expect(html).toContain("Reviewed revision 3");
    expect(html).toMatch(/6 Mar 2031, 09:30 UTC<\/time> by <span[^>]*>Dana<\/span>/);
    expect(html).toContain("revision 2 was saved in between");
    expect(html).toContain("Confirmed Fact 1");
    expect(html).toContain('href="/c/X/review?from=3"');
  });

  it("presents revision 0 in words, as first made, linking to the latest revision", () => {
    const html = renderToStaticMarkup(createElement(RevisionBanner, { id: "X", number: 0, review: undefined, revisions }));
    expect(html).toContain("As first made, before any editor&#x27;s review");
    expect(html).not.toContain("(revision 0)");
    expect(html).toContain("Revision 3 (latest)");
    expect(html).not.toContain("in between");
  });
});
