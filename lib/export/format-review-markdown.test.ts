import { describe, expect, it } from "vitest";
import { applyEdits } from "../review/apply-edits";
import { formatCsv } from "./format-csv";
import { formatMarkdownReport } from "./format-markdown";
import { makeComparison } from "./test-comparison";

// A reviewed revision of the test comparison (g1 shared, g2 the 40 / 60 homes conflict, then
// unique statements): its exports mark reviewed facts and carry the editor's notes.

const machine = makeComparison();
const reviewed = applyEdits(
  machine,
  [
    { op: "confirm", groupId: "g1" },
    { op: "note", groupId: "g2", text: "Council says *60*." },
    { op: "note", groupId: "g1", text: "Both cite officials." },
    { op: "summary", text: "Checked against the council release." },
  ],
  { now: () => new Date("2031-03-06T09:30:00.000Z") },
  { editor: "Dana" },
);

describe("exports of a reviewed revision", () => {
  const report = formatMarkdownReport(reviewed, { url: "https://parallax.example/c/x/r/1" });

  it("opens with the review: revision, time, editor, summary and every note with its fact", () => {
    expect(report).toContain("## Editor's review");
    expect(report).toContain("Revision 1, saved 2031-03-06 09:30 UTC by Dana, based on revision 0. 2 facts reviewed.");
    expect(report).toContain("**Summary:** Checked against the council release.");
    expect(report).toMatch(/- \*\*g2\*\* \(conflict\) “About 40 homes were evacuated near the river\.”: Council says \\\*60\\\*\./);
    expect(report.indexOf("## Editor's review")).toBeLessThan(report.indexOf("## Sources"));
  });

  it("marks reviewed facts in words and puts each note under its fact", () => {
    expect(report).toMatch(/### 1\. Number differs \(g2\) · Reviewed \(annotated\)/);
    expect(report).toMatch(/1\. Heavy rain .* · Reviewed \(confirmed\)\n   \*Editor's note:\* Both cite officials\./);
    expect(report).toContain("*Editor's note:* Council says \\*60\\*.");
  });

  it("leaves the machine's report without any review text", () => {
    const plain = formatMarkdownReport(machine);
    expect(plain).not.toMatch(/Reviewed|Editor's/);
  });

  it("adds review columns to the CSV of a revision only", () => {
    expect(formatCsv(machine).split("\r\n")[0]).not.toContain("reviewed");
    const rows = formatCsv(reviewed).split("\r\n");
    expect(rows[0]).toMatch(/,reviewed,editor_note$/);
    expect(rows[1]).toMatch(/,confirmed,Both cite officials\.$/);
  });
});
