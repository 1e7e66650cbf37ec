import { describe, expect, it } from "vitest";
import { DATA, dataProps, has } from "./dom";

describe("the page's data-* hooks", () => {
  it("names each hook by its dataset key, so readData's dataset lookup finds the attribute", () => {
    for (const [key, attribute] of Object.entries(DATA)) {
      expect(attribute).toBe(`data-${key.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}`);
    }
  });

  it("turns hooks into JSX props in the order given, keeping an undefined value (React writes nothing)", () => {
    const props = dataProps({ item: "", group: "g4", order: 3, many: undefined });
    expect(Object.entries(props)).toEqual([
      ["data-item", ""],
      ["data-group", "g4"],
      ["data-order", 3],
      ["data-many", undefined],
    ]);
  });

  it("builds presence and value selectors", () => {
    expect(has("showMoreHolder")).toBe("[data-show-more-holder]");
    expect(has("panel", "facts")).toBe('[data-panel="facts"]');
    expect(`${has("item")}${has("kind", "conflict")}`).toBe('[data-item][data-kind="conflict"]');
  });
});
