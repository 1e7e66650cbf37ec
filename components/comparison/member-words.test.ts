import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { makeComparison } from "@/lib/export/test-comparison";
import type { Group } from "@/lib/types";
import { MemberWords } from "./member-words";
import { buildPageData } from "./page-model";

// The test comparison's g2: "About 40" / "About 60" homes, each value with its span.
const machine = makeComparison();
const data = buildPageData("Test", machine);

describe("MemberWords for a member of whole sentences", () => {
  it("marks its value at its span and still shows its spelling variants", () => {
    const base = machine.groups[1]!;
    const group: Group = { ...base, variants: [{ type: "spelling", values: [{ sourceId: "s1", text: "river" }, { sourceId: "s2", text: "river" }] }] };
    const html = renderToStaticMarkup(createElement(MemberWords, { data, group, member: group.members[0]! }));
    expect(base.conflicts[0]!.values[0]!.span).toBeDefined();
    expect(html).toContain('<mark class="value-mark">About </mark>');
    expect(html).toContain("variant-mark");
  });
});
