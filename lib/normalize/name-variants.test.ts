import { describe, expect, it } from "vitest";
import { classifyVariant, sameEntity, toEntityKey } from "./name-variants";

describe("toEntityKey", () => {
  it("gives every form of one person the surname skeleton", () => {
    const forms = ["Vladimir Zelensky", "Volodymyr Zelenskiy", "Zelensky", "Mr. Zelenskyy", "Zelenskyy's",
      "President Zelensky", "Ukraine’s President Vladimir Zelensky"];
    const keys = new Set(forms.map((form) => toEntityKey(form)));
    expect([...keys]).toEqual([toEntityKey("Zelensky")]);
  });

  it("folds accents and drops titles and demonyms before them", () => {
    expect(toEntityKey("Orbán")).toBe(toEntityKey("Viktor Orban"));
    expect(toEntityKey("Hungarian Prime Minister Viktor Orban")).toBe(toEntityKey("Orban"));
    expect(toEntityKey("Belarusian President Alexander Lukashenko")).toBe(toEntityKey("Lukashenko’s"));
  });

  it("bridges Ukrainian and Russian romanisations of places and given names", () => {
    expect(toEntityKey("Kiev")).toBe(toEntityKey("Kyiv"));
    expect(toEntityKey("Kharkov")).toBe(toEntityKey("Kharkiv"));
    expect(toEntityKey("Odessa")).toBe(toEntityKey("Odesa"));
    expect(toEntityKey("Yanukovych")).toBe(toEntityKey("Yanukovich"));
    expect(toEntityKey("Moammar Qaddafi", "person")).not.toBe("");
  });

  it("maps common abbreviations to one key", () => {
    expect(toEntityKey("U.S.")).toBe(toEntityKey("United States"));
    expect(toEntityKey("the UN")).toBe(toEntityKey("United Nations"));
  });

  it("keeps different names apart", () => {
    expect(toEntityKey("Kiev")).not.toBe(toEntityKey("Moscow"));
    expect(toEntityKey("Putin")).not.toBe(toEntityKey("Lukashenko"));
    expect(toEntityKey("Ivan Tertel")).toBe("tertel");
  });

  it("does not treat a place that starts with a given name as a person", () => {
    expect(toEntityKey("Victoria Falls", "place")).toContain("victoria");
    expect(toEntityKey("Victoria Falls")).toContain("victoria");
  });
});

describe("sameEntity", () => {
  it("accepts surname-only mentions and transliterated first names", () => {
    expect(sameEntity("Donald Trump", "Trump")).toBe(true);
    expect(sameEntity("Vladimir Zelensky", "Volodymyr Zelenskiy")).toBe(true);
    expect(sameEntity("D. Trump", "Donald Trump")).toBe(true);
  });

  it("rejects different first names and different types", () => {
    expect(sameEntity("Donald Trump", "Melania Trump")).toBe(false);
    const person = { text: "Washington", key: toEntityKey("Washington"), type: "person" as const };
    const place = { text: "Washington", key: toEntityKey("Washington"), type: "place" as const };
    expect(sameEntity(person, place)).toBe(false);
  });
});

describe("classifyVariant", () => {
  it.each([
    ["Kiev", "Kyiv", "transliteration"],
    ["Zelensky", "Zelenskyy", "transliteration"],
    ["Vladimir Zelensky", "Volodymyr Zelenskiy", "transliteration"],
    ["Orbán", "Orban", "spelling"],
    ["Al-Sisi", "al Sisi", "spelling"],
  ])("%s / %s is a %s variant", (a, b, type) => {
    expect(classifyVariant(a, b)).toBe(type);
  });

  it.each([
    ["Vladimir Zelensky", "Zelensky"],
    ["Mr. Zelenskyy", "Zelenskyy"],
    ["U.S.", "United States"],
    ["Kiev", "Moscow"],
  ])("%s / %s is not a variant", (a, b) => {
    expect(classifyVariant(a, b)).toBeNull();
  });
});
