import { describe, expect, it } from "vitest";
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
