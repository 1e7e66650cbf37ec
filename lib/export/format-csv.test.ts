import { describe, expect, it } from "vitest";
import { escapeCell, formatCsv } from "./format-csv";
import { makeComparison } from "./test-comparison";

/** A small RFC 4180 reader, enough to check what a spreadsheet would see. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [[]];
  let cell = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') (cell += '"'), i++;
      else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") rows.at(-1)!.push(cell), (cell = "");
    else if (ch === "\r" && text[i + 1] === "\n") rows.at(-1)!.push(cell), (cell = ""), rows.push([]), i++;
    else cell += ch;
  }
  if (rows.at(-1)!.length === 0) rows.pop();
  return rows;
}

describe("formatCsv", () => {
  const comparison = makeComparison();
  const csv = formatCsv(comparison);
  const rows = parseCsv(csv.replace(/^\uFEFF/, ""));

  it("has a header naming each source and one row per group", () => {
    expect(csv.startsWith("\uFEFFgroup,kind,score,")).toBe(true);
    expect(rows[0]).toEqual(["group", "kind", "score", "conflict_types", "conflicting_values", "s1 Valley Courier", "s2 Hill *County* News"]);
    expect(rows).toHaveLength(comparison.groups.length + 1);
    expect(rows.slice(1).map((r) => r[0])).toEqual(comparison.groups.map((g) => g.id));
  });

  it("gives each source's sentence and the conflicting values", () => {
    const conflict = rows.find((r) => r[1] === "conflict")!;
    expect(conflict[3]).toBe("number");
    expect(conflict[4]).toMatch(/^Number differs: Valley Courier “About 40” vs Hill \*County\* News “About 60”$/);
    expect(conflict[5]).toBe("About 40 homes were evacuated near the river.");
    expect(conflict[6]).toBe("About 60 homes were evacuated near the river.");
    const unique = rows.find((r) => r[1] === "unique" && r[6] !== "")!;
    expect(unique[5]).toBe("");
  });

  it("quotes commas, quotes and line breaks, and defuses formulas", () => {
    expect(escapeCell('He said "no", twice')).toBe('"He said ""no"", twice"');
    expect(escapeCell("two\nlines")).toBe('"two\nlines"');
    expect(escapeCell("=HYPERLINK(\"x\")")).toBe('"\'=HYPERLINK(""x"")"');
    expect(escapeCell("@SUM(A1)")).toBe("'@SUM(A1)");
  });

  it("drops bidi controls, so one cell cannot reorder the cells after it", () => {
    expect(escapeCell("\u202eraboB nosaJ")).toBe("raboB nosaJ");
    const hostile = makeComparison();
    hostile.sources[0] = { ...hostile.sources[0]!, outlet: "\u202etsoP grebtsO\u2066" };
    expect(formatCsv(hostile)).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
  });
});
