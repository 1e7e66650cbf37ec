import { describe, expect, it } from "vitest";
import { escapeMarkdown, formatMarkdownReport } from "./format-markdown";
import { makeComparison } from "./test-comparison";

describe("formatMarkdownReport", () => {
  const comparison = makeComparison();
  const report = formatMarkdownReport(comparison, { url: "https://parallax.example/c/Exported000000001" });

  it("opens with the event, the link and the counts", () => {
    const lines = report.split("\n");
    // Named by the fact both sources share, not by source 1's headline (lib/title).
    expect(lines[0]).toBe("# Heavy rain flooded the Riverton bridge on Tuesday");
    expect(report).toContain("https://parallax.example/c/Exported000000001");
    const { conflict, shared, unique } = comparison.stats;
    expect(report).toContain(`**${conflict} conflicting detail${conflict === 1 ? "" : "s"} · ${shared} shared fact`);
    expect(report).toContain(`${unique} unique facts**`);
  });

  it("puts conflicts first, each with every source's value", () => {
    const conflicts = report.indexOf("## Conflicting details");
    expect(conflicts).toBeGreaterThan(0);
    expect(conflicts).toBeLessThan(report.indexOf("## Shared facts"));
    expect(report.indexOf("## Shared facts")).toBeLessThan(report.indexOf("## Unique facts"));
    const section = report.slice(conflicts, report.indexOf("## Shared facts"));
    expect(section).toMatch(/### 1\. Number differs \(g\d+\)/);
    expect(section).toContain("- **Valley Courier:** “About 40”");
    expect(section).toContain("- **Hill \\*County\\* News:** “About 60”");
    expect(section).toContain("> **Valley Courier:** About 40 homes were evacuated near the river.");
  });

  it("lists unique facts under their source", () => {
    expect(report).toContain("### Only in Valley Courier\n\n- The local school stayed closed for the rest of the week.");
    expect(report).toContain("- Volunteers handed out blankets and hot meals.");
  });

  it("says so when there is no conflict", () => {
    const calm = formatMarkdownReport({ ...comparison, groups: comparison.groups.filter((g) => g.kind !== "conflict") });
    expect(calm).toContain("## Conflicting details\n\nNo conflicting details.\n");
  });

  it("keeps article text from turning into markup", () => {
    expect(escapeMarkdown("<script>alert(1)</script> *bold* [x](javascript:y)")).toBe(
      "\\<script\\>alert(1)\\</script\\> \\*bold\\* \\[x\\](javascript:y)",
    );
    expect(escapeMarkdown("# not a heading")).toBe("\\# not a heading");
  });

  it("drops bidi controls and shows only real publication dates", () => {
    const hostile = makeComparison();
    hostile.sources[0] = { ...hostile.sources[0]!, outlet: "\u202etsoP grebtsO", publishedAt: "-271821-04-20" };
    hostile.sources[1] = { ...hostile.sources[1]!, publishedAt: "2025-10-19T08:30:00Z" };
    const text = formatMarkdownReport(hostile, { url: "https://parallax.example/c/Exported000000001" });
    expect(text).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
    expect(text).toContain("tsoP grebtsO");
    expect(text).not.toContain("-271821");
    expect(text).toContain("2025-10-19");
  });
});
