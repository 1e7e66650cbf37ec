import { describe, expect, it } from "vitest";
import { makeComparison } from "../export/test-comparison";
import { neutraliseNames, readIsoDay, stripBidiControls, stripControlChars } from "./plain-text";

const RLO = "\u202e";

describe("stripControlChars", () => {
  it("drops NUL and other controls but keeps tab, line feed and carriage return", () => {
    expect(stripControlChars("Ost\u0000berg\u0007 Post\u001b\u007f\u0085")).toBe("Ostberg Post");
    expect(stripControlChars("a\tb\nc\r\nd")).toBe("a\tb\nc\r\nd");
  });

  it("leaves letters of every script alone", () => {
    expect(stripControlChars("Ñandú · שלום · 東京 · ٣")).toBe("Ñandú · שלום · 東京 · ٣");
  });
});

describe("stripBidiControls", () => {
  it("drops embeddings, overrides and isolates so a name cannot be drawn reversed", () => {
    expect(stripBidiControls(`${RLO}tsoP grebtsO`)).toBe("tsoP grebtsO");
    expect(stripBidiControls("a\u202ab\u202bc\u202cd\u202de\u2066f\u2067g\u2068h\u2069")).toBe("abcdefgh");
  });

  it("keeps right-to-left letters, which need no control to be shown right", () => {
    expect(stripBidiControls("חדשות היום")).toBe("חדשות היום");
  });
});

describe("readIsoDay", () => {
  it.each([
    ["2025-10-19", "2025-10-19"],
    ["2025-10-19T08:30:00Z", "2025-10-19"],
    ["2025-10-19 08:30", "2025-10-19"],
    [" 2024-02-29 ", "2024-02-29"],
  ])("reads %s as %s", (value, day) => expect(readIsoDay(value)).toBe(day));

  it.each(["-271821-04-20", "+275760-09-13", "0999-12-31", "2023-02-29", "2025-13-01", "2025-10-19x", "19 Oct 2025", "2025", "", null, undefined])(
    "shows no date for %s",
    (value) => expect(readIsoDay(value)).toBeNull(),
  );
});

describe("neutraliseNames", () => {
  it("cleans titles, outlets and the editor's name and notes, and nothing else", () => {
    const base = makeComparison();
    const group = base.groups[0]!;
    const hostile = {
      ...base,
      sources: base.sources.map((s, i) => (i === 0 ? { ...s, title: `${RLO}eltit`, outlet: `${RLO}teltuo` } : s)),
      groups: [{ ...group, review: { status: "noted" as const, note: `${RLO}eton` } }, ...base.groups.slice(1)],
      review: { revision: 1, basedOn: 0, savedAt: "2031-03-06T09:00:00Z", editor: `${RLO}anaD`, note: `${RLO}yrammus`, changes: [] },
    };
    const shown = neutraliseNames(hostile);
    expect(JSON.stringify(shown)).not.toContain(RLO);
    expect(shown.sources[0]).toMatchObject({ title: "eltit", outlet: "teltuo" });
    expect(shown.review).toMatchObject({ editor: "anaD", note: "yrammus" });
    expect(shown.groups[0]!.review).toEqual({ status: "noted", note: "eton" });
    expect(shown.sources[0]!.sentences).toBe(hostile.sources[0]!.sentences);
    expect(neutraliseNames(base)).toEqual(base);
  });
});
