import { describe, expect, it } from "vitest";
import { foldText as cleanFold } from "../clean/text-shape";
import { foldText, splitCompound, tokenizeWords } from "./fold-text";

describe("foldText", () => {
  it("lowercases and strips diacritics", () => {
    expect(foldText("Viktor Orbán met Łukasz Müller in Kraków")).toBe("viktor orban met lukasz muller in krakow");
    expect(foldText("Straße ÆRØ")).toBe("strasse aero");
  });
  it("maps typographic quotes and dashes to ASCII", () => {
    expect(foldText("“Quiet” talks — the envoy’s ‘plan’ – 3−2")).toBe("\"quiet\" talks - the envoy's 'plan' - 3-2");
    expect(foldText("non‑stop")).toBe("non-stop");
  });
  it("collapses and trims white space, including non-breaking spaces", () => {
    expect(foldText("  two\u00a0 words\n\there  ")).toBe("two words here");
  });
  it("folds compatibility characters", () => {
    expect(foldText("ﬁnal … ２０２５")).toBe("final ... 2025");
  });
});

describe("tokenizeWords", () => {
  it("keeps numbers with separators and percent signs whole", () => {
    expect(tokenizeWords("Growth of 4.4% and 1,200 troops, 25 % less, 3.5 tons.")).toEqual([
      "growth", "of", "4.4%", "and", "1,200", "troops", "25", "less", "3.5", "tons",
    ]);
  });
  it("keeps hyphenated words and apostrophes inside one token", () => {
    expect(tokenizeWords("Zelensky’s long-range Tomahawk face‑to‑face don't")).toEqual([
      "zelensky's", "long-range", "tomahawk", "face-to-face", "don't",
    ]);
  });
  it("keeps dotted initialisms apart from ordinary words", () => {
    expect(tokenizeWords("U.S. officials told us")).toEqual(["u.s.", "officials", "told", "us"]);
  });
  it("drops punctuation and handles empty input", () => {
    expect(tokenizeWords("— “ ” ...")).toEqual([]);
    expect(tokenizeWords("")).toEqual([]);
  });
  it("keeps non-Latin letters", () => {
    expect(tokenizeWords("Лукашенко said")).toEqual(["лукашенко", "said"]);
  });
});

describe("splitCompound", () => {
  it("splits hyphenated tokens only", () => {
    expect(splitCompound("face-to-face")).toEqual(["face", "to", "face"]);
    expect(splitCompound("kyiv")).toEqual(["kyiv"]);
  });
});

describe("the one fold", () => {
  it("is the clean step's fold too, so duplicate lines differing by an accent or a quote meet", () => {
    expect(cleanFold("The Café  “Orla”")).toBe(cleanFold("the cafe \"orla\""));
  });

  it("folds a backtick in plain ASCII text as it does in any other text", () => {
    expect(foldText("It`s shut")).toBe("it's shut");
    expect(foldText("It`s shut — again")).toBe("it's shut - again");
  });
});
