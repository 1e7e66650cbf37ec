import { describe, expect, it } from "vitest";
import { deinflectWord, stemWord } from "./stem";

describe("stemWord", () => {
  it("brings regular inflections together", () => {
    expect(stemWord("negotiations")).toBe(stemWord("negotiate"));
    expect(stemWord("rejected")).toBe(stemWord("rejecting"));
    expect(stemWord("Talks")).toBe(stemWord("talk"));
  });

  it("maps irregular news verbs to their base form", () => {
    const pairs = [["said", "say"], ["says", "say"], ["told", "tell"], ["met", "meet"], ["won", "win"],
      ["held", "hold"], ["sought", "seek"], ["began", "begin"], ["slain", "slay"], ["fled", "flee"]];
    for (const [form, base] of pairs) expect(stemWord(form!), form).toBe(stemWord(base!));
  });

  it("keeps words Porter would merge with unrelated ones apart", () => {
    expect(stemWord("news")).not.toBe(stemWord("new"));
  });

  it("ignores object-prototype names", () => {
    expect(typeof stemWord("constructor")).toBe("string");
    expect(stemWord("constructor")).not.toContain("function");
  });
});

describe("deinflectWord", () => {
  it("offers dictionary forms, most likely first", () => {
    expect(deinflectWord("denied")).toContain("deny");
    expect(deinflectWord("stated")).toContain("state");
    expect(deinflectWord("talks")[0]).toBe("talk");
    expect(deinflectWord("stopped")).toContain("stop");
    expect(deinflectWord("making")).toContain("make");
    expect(deinflectWord("parties")[0]).toBe("party");
  });

  it("uses the irregular table alone when it knows the word", () => {
    expect(deinflectWord("said")).toEqual(["say"]);
    expect(deinflectWord("women")).toEqual(["woman"]);
  });

  it("does not cut words without a vowel left", () => {
    expect(deinflectWord("red")).toEqual([]);
    expect(deinflectWord("sing")).toEqual([]);
    expect(deinflectWord("talk")).toEqual([]);
  });
});
