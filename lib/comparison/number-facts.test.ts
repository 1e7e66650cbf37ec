import { describe, expect, it } from "vitest";
import { nameFact, numberFacts } from "./number-facts";

describe("numberFacts", () => {
  it("numbers facts by their place in reading order, not by their ids", () => {
    const numbers = numberFacts([{ id: "g3" }, { id: "g1" }, { id: "g12" }]);
    expect([...numbers]).toEqual([["g3", 1], ["g1", 2], ["g12", 3]]);
    expect(nameFact(numbers, "g12")).toBe("Fact 3");
  });

  it("names an unknown id by the fallback rather than leaking it", () => {
    expect(nameFact(numberFacts([]), "g9")).toBe("a fact");
    expect(nameFact(numberFacts([]), "g9", "a former fact")).toBe("a former fact");
  });
});
