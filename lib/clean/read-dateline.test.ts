import { describe, expect, it } from "vitest";
import { cleanSource } from "./clean-source";
import { readDateline } from "./read-dateline";

describe("readDateline", () => {
  it.each([
    ["(Example Wire) The council met on Monday.", "Example Wire", "(Example Wire)", "The council met on Monday."],
    ["WASHINGTON (Example Wire) - The council met.", "Example Wire", "WASHINGTON (Example Wire) -", "The council met."],
    ["LONDON, May 3 (AP) — Ferries resumed.", "AP", "LONDON, May 3 (AP) —", "Ferries resumed."],
    ["KYIV, Ukraine (Example News) — Trains ran again.", "Example News", "KYIV, Ukraine (Example News) —", "Trains ran again."],
    ["NEW YORK — Markets rose.", null, "NEW YORK —", "Markets rose."],
  ])("reads %j", (paragraph, outlet, marker, rest) => {
    expect(readDateline(paragraph)).toEqual({ outlet, marker, rest });
  });

  it.each([
    "The council (which met on Monday) agreed.",
    "I - for one - disagree.",
    "(Updated with comments from the mayor in the fifth paragraph) The council met.",
    "Nato said the talks would resume.",
  ])("leaves %j alone", (paragraph) => {
    expect(readDateline(paragraph)).toBeNull();
  });
});

describe("outlet in cleanSource", () => {
  const story = "The council met on Monday and approved the budget for the new harbour bridge.";

  it("finds a dateline below a standfirst", () => {
    const text = `Council Approves Budget\nThe vote was close.\nLAKEPORT (Example Wire) - ${story}`;
    const cleaned = cleanSource({ text });
    expect(cleaned.outlet).toBe("Example Wire");
    expect(cleaned.paragraphs).toEqual(["The vote was close.", story]);
  });

  it("prefers the caller's outlet, then page metadata, then the dateline, then the URL host", () => {
    const text = `(Example Wire) ${story}`;
    expect(cleanSource({ text, outlet: "Given" }).outlet).toBe("Given");
    expect(cleanSource({ text, url: "https://www.lakeport-news.example/a" }).outlet).toBe("Example Wire");
    expect(cleanSource({ text: story, url: "https://www.lakeport-news.example/a" }).outlet).toBe("lakeport-news.example");
    const html = `<html><head><meta property="og:site_name" content="Lakeport News"></head><body><p>(Example Wire) ${story}</p></body></html>`;
    expect(cleanSource({ html }).outlet).toBe("Lakeport News");
  });
});
