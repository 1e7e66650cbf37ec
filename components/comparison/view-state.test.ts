import { describe, expect, it } from "vitest";
import { formatViewQuery, isItemShown, parseGroupHash, parseViewState, toggleHidden } from "./view-state";

const IDS = ["s1", "s2", "s3"];

describe("parseViewState", () => {
  it("reads the contract's parameters", () => {
    expect(parseViewState(new URLSearchParams("view=facts&filter=conflict&hide=s3,s2"), IDS)).toEqual({
      view: "facts",
      filter: "conflict",
      hide: ["s2", "s3"],
    });
  });

  it("falls back to the defaults on unknown values, and drops unknown sources", () => {
    expect(parseViewState({ view: "gallery", filter: ["nope", "shared"], hide: "s9,,s1" }, IDS)).toEqual({
      view: "columns",
      filter: "all",
      hide: ["s1"],
    });
  });

  it("never hides every source", () => {
    expect(parseViewState({ hide: "s1,s2,s3" }, IDS).hide).toEqual([]);
  });
});

describe("formatViewQuery", () => {
  it("leaves defaults out and round-trips", () => {
    expect(formatViewQuery({ view: "columns", filter: "all", hide: [] })).toBe("");
    const query = formatViewQuery({ view: "coverage", filter: "unique", hide: ["s2"] });
    expect(query).toBe("?view=coverage&filter=unique&hide=s2");
    expect(parseViewState(new URLSearchParams(query), IDS)).toEqual({ view: "coverage", filter: "unique", hide: ["s2"] });
  });
});

describe("toggleHidden and isItemShown", () => {
  it("keeps the last shown source", () => {
    const state = { view: "columns" as const, filter: "all" as const, hide: ["s1", "s2"] };
    expect(toggleHidden(state, "s3", IDS)).toBe(state);
    expect(toggleHidden(state, "s1", IDS).hide).toEqual(["s2"]);
  });

  it("shows a fact when its kind passes the filter and one of its sources is shown", () => {
    const state = { view: "facts" as const, filter: "shared" as const, hide: ["s1"] };
    expect(isItemShown(state, "shared", ["s1", "s2"])).toBe(true);
    expect(isItemShown(state, "shared", ["s1"])).toBe(false);
    expect(isItemShown(state, "unique", ["s2"])).toBe(false);
  });

  it("reads a group fragment and nothing else", () => {
    expect(parseGroupHash("#g12")).toBe("g12");
    expect(parseGroupHash("#removed-s1")).toBeNull();
    expect(parseGroupHash("")).toBeNull();
  });
});
