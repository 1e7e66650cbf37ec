import { describe, expect, it } from "vitest";
import { createLargeComparison } from "@/lib/review/review-test-comparison";
import { buildEditorModel } from "./fact-edit-model";
import { addPendingEdit, countPending, describePendingEdit, dropPendingEdit, NO_CHANGES, undoLastEdit, type PendingChanges } from "./pending-edits";
import type { ReviewEdit } from "@/lib/types";

const add = (...edits: ReviewEdit[]) => edits.reduce<PendingChanges>(addPendingEdit, NO_CHANGES);

describe("pending edits", () => {
  it("keeps edits in the order made and counts them in words", () => {
    const pending = add({ op: "confirm", groupId: "g3" }, { op: "note", groupId: "g3", text: "Checked." });
    expect(pending.edits.map((e) => e.op)).toEqual(["confirm", "note"]);
    expect(countPending(pending)).toBe("2 pending changes");
    expect(countPending(add({ op: "confirm", groupId: "g1" }))).toBe("1 pending change");
    expect(countPending(NO_CHANGES)).toBe("0 pending changes");
  });

  it("lets a later word on the same subject replace the earlier one", () => {
    const pending = add(
      { op: "confirm", groupId: "g3" },
      { op: "note", groupId: "g3", text: "First." },
      { op: "reject", groupId: "g3" },
      { op: "note", groupId: "g3", text: "Second." },
      { op: "retype", groupId: "g2", kind: "shared" },
      { op: "set-conflict", groupId: "g2", conflict: { type: "number", values: [{ sourceId: "s1", text: "14" }, { sourceId: "s2", text: "16" }] } },
    );
    expect(pending.edits).toEqual([
      { op: "reject", groupId: "g3" },
      { op: "note", groupId: "g3", text: "Second." },
      { op: "set-conflict", groupId: "g2", conflict: { type: "number", values: [{ sourceId: "s1", text: "14" }, { sourceId: "s2", text: "16" }] } },
    ]);
  });

  it("treats unlinking a sentence linked a moment ago as taking the link back", () => {
    const pending = add({ op: "link", sentenceId: "s2.4", groupId: "g1" }, { op: "unlink", sentenceId: "s2.4" });
    expect(pending.edits).toEqual([]);
    expect(add({ op: "unlink", sentenceId: "s2.4" }, { op: "link", sentenceId: "s2.4", groupId: "g1" }).edits).toEqual([
      { op: "link", sentenceId: "s2.4", groupId: "g1" },
    ]);
    expect(add({ op: "link", sentenceId: "s2.4", groupId: "g1" }, { op: "unlink", groupId: "g1", sentenceId: "s2.4" }).edits).toEqual([]);
  });

  it("keeps a version-2 sentence's edits on different facts apart", () => {
    const span = { sentenceId: "s3.1", start: 57, end: 96 };
    const pending = add({ op: "link", groupId: "g1", sentenceId: "s3.1", span }, { op: "unlink", groupId: "g5", sentenceId: "s3.1" });
    expect(pending.edits).toEqual([{ op: "link", groupId: "g1", sentenceId: "s3.1", span }, { op: "unlink", groupId: "g5", sentenceId: "s3.1" }]);
    // A later word on the same fact still replaces the earlier.
    expect(add({ op: "link", groupId: "g1", sentenceId: "s3.1" }, { op: "link", groupId: "g1", sentenceId: "s3.1", span }).edits).toEqual([
      { op: "link", groupId: "g1", sentenceId: "s3.1", span },
    ]);
  });

  it("undoes the last change exactly, a replacement included, and stops at none", () => {
    const pending = add({ op: "note", groupId: "g1", text: "One." }, { op: "confirm", groupId: "g2" }, { op: "note", groupId: "g1", text: "Two." });
    const once = undoLastEdit(pending);
    expect(once.edits).toEqual([{ op: "note", groupId: "g1", text: "One." }, { op: "confirm", groupId: "g2" }]);
    const none = undoLastEdit(undoLastEdit(once));
    expect(none.edits).toEqual([]);
    expect(undoLastEdit(none)).toBe(none);
  });

  it("drops the edits a test picks, and that too can be undone", () => {
    const pending = add({ op: "confirm", groupId: "g1" }, { op: "note", groupId: "g1", text: "x" });
    const dropped = dropPendingEdit(pending, (e) => e.op === "confirm");
    expect(dropped.edits).toEqual([{ op: "note", groupId: "g1", text: "x" }]);
    expect(undoLastEdit(dropped).edits).toEqual(pending.edits);
    expect(dropPendingEdit(pending, () => false)).toBe(pending);
  });

  it("describes edits by fact number and outlet, never by id", () => {
    const model = buildEditorModel(createLargeComparison(2, 5), "c1", 0);
    const lines = [
      describePendingEdit({ op: "confirm", groupId: "g3" }, model.names),
      describePendingEdit({ op: "link", sentenceId: "s2.4", groupId: "g1" }, model.names),
      describePendingEdit({ op: "unlink", sentenceId: "s1.2" }, model.names),
      describePendingEdit({ op: "note", groupId: "g2", text: " Odd. " }, model.names),
    ];
    expect(lines).toEqual([
      "Confirm Fact 3",
      "Link sentence 4 of Report 2 to Fact 1",
      "Unlink sentence 2 of Report 1 (it will stand alone)",
      "Note on Fact 2: Odd.",
    ]);
  });
});
