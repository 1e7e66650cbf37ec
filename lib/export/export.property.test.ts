import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { Comparison } from "../types";
import { formatCsv } from "./format-csv";
import { formatMarkdownReport } from "./format-markdown";
import { makeComparison } from "./test-comparison";

// Whatever an article, title, outlet or address says, the exports carry it as text: no raw tag
// or live link in the Markdown report, no formula in a CSV cell. The comparison is a real one
// with its texts replaced, so every place the exports print article text is exercised.

const hostile = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.array(fc.constantFrom("<script>", "</script>", "<img src=x onerror=alert(1)>", "<svg/onload=x>", "[a](javascript:x)", "![i](x)", "<https://a.b>", "`", "*", "_", "\n", "# ", "=1+1", "@SUM", "-2", "+3", "\t", "\"", ",", "&lt;b&gt;", "\u0000", "x"), { maxLength: 12 }).map((p) => p.join("")),
);

const comparisonWith = fc.record({ texts: fc.array(hostile, { minLength: 12, maxLength: 12 }), url: fc.webUrl().map((u) => `${u}<script>x</script> >`) }).map(({ texts, url }) => {
  const c: Comparison = structuredClone(makeComparison());
  let k = 0;
  const next = () => texts[k++ % texts.length]!;
  for (const source of c.sources) {
    source.title = next();
    source.outlet = next();
    source.url = url;
    for (const sentence of source.sentences) sentence.text = next() || "x";
  }
  for (const group of c.groups) for (const conflict of group.conflicts) for (const value of conflict.values) value.text = next();
  return { comparison: c, title: next() };
});

describe("exports of hostile text", () => {
  it("keep Markdown free of raw tags and live links", () => {
    fc.assert(
      fc.property(comparisonWith, ({ comparison, title }) => {
        const report = formatMarkdownReport(comparison, { url: "https://parallax.example/c/x", title });
        // Autolinks (<https://...>) are ours and carry encoded addresses; anything else is a tag.
        const withoutAutolinks = report.replace(/<https?:\/\/[^<>\s]*>/g, "");
        expect(withoutAutolinks).not.toMatch(/(?<!\\)<[a-z/!?]/i);
        expect(report).not.toMatch(/(?<!\\)\]\(/);
        expect(report).not.toMatch(/<https?:\/\/[^>]*[<\s]/);
      }),
      { numRuns: 200, seed: 6001 },
    );
  });

  it("never start a CSV cell with a formula character", () => {
    fc.assert(
      fc.property(comparisonWith, ({ comparison }) => {
        const rows = formatCsv(comparison).replace(/^\uFEFF/, "");
        // Split on commas outside quotes; a quoted cell is judged by what is inside its quotes.
        for (const cell of rows.match(/("([^"]|"")*"|[^,\r\n]*)(?=,|\r\n)/g) ?? []) {
          const inner = cell.startsWith('"') ? cell.slice(1, -1).replace(/""/g, '"') : cell;
          expect(inner, cell).not.toMatch(/^[=+\-@\t\r]/);
        }
      }),
      { numRuns: 200, seed: 6002 },
    );
  });
});
