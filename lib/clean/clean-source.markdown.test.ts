// Markdown sources, on an invented event: syntax goes, text stays, images are recorded.

import { describe, expect, it } from "vitest";
import { cleanSource } from "./clean-source";

const MARKDOWN = `# Quarry Town Votes to Keep Its Library

*By Lena Ortiz*

![The library at dusk](https://img.example/library.jpg)

Residents of **Quarry Town** voted on Saturday to keep the [public library](https://example.org/library) open,
reversing a council plan to close it in _September_.

> "We are relieved," said \`Mia Holt\`, who led the campaign.

## What happens next

- The council must find __40,000 dollars__ by March.
- Volunteers offered to staff the desk on Sundays.

1. First step: a budget meeting on Monday.

---

[ref]: https://example.org/ref
Read more: [Quarry Town Budget Explained](https://example.org/budget)
`;

describe("cleanSource on Markdown", () => {
  const cleaned = cleanSource({ text: MARKDOWN });

  it("takes the first heading as the title", () => {
    expect(cleaned.title).toBe("Quarry Town Votes to Keep Its Library");
  });

  it("strips emphasis, links, code, quotes and list markers but keeps the text", () => {
    expect(cleaned.paragraphs).toEqual([
      "Residents of Quarry Town voted on Saturday to keep the public library open, reversing a council plan to close it in September.",
      '"We are relieved," said Mia Holt, who led the campaign.',
      "What happens next",
      "The council must find 40,000 dollars by March.",
      "Volunteers offered to staff the desk on Sundays.",
      "First step: a budget meeting on Monday.",
    ]);
  });

  it("records the image, the byline and the related link as removed", () => {
    expect(cleaned.removed).toEqual([
      { text: "![The library at dusk](https://img.example/library.jpg)", reason: "other" },
      { text: "By Lena Ortiz", reason: "boilerplate" },
      { text: "Read more: Quarry Town Budget Explained", reason: "navigation" },
    ]);
    expect(cleaned.byline).toBe("Lena Ortiz");
  });

  it("keeps underscores inside words and escaped characters", () => {
    const result = cleanSource({ text: "# Note\n\nThe file_name field holds 5 \\* 3 items, the **report** said.", format: "markdown" });
    expect(result.paragraphs).toEqual(["The file_name field holds 5 * 3 items, the report said."]);
  });

  it("drops scripts embedded in Markdown, across lines", () => {
    const result = cleanSource({ text: "Ferries resume on Monday, the port said.\n\n<script>\nalert('INJECTED')\n</script>\n\nFares rise in June.", format: "markdown" });
    expect(result.paragraphs).toEqual(["Ferries resume on Monday, the port said.", "Fares rise in June."]);
  });

  it("reads a setext heading as the title", () => {
    const result = cleanSource({ text: "Harbour Crane Collapses\n=======================\n\nA crane fell into the harbour at Port Ellis on Friday. Nobody was hurt." });
    expect(result.title).toBe("Harbour Crane Collapses");
    expect(result.paragraphs).toEqual(["A crane fell into the harbour at Port Ellis on Friday. Nobody was hurt."]);
  });
});
