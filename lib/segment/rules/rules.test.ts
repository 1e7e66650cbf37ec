import { describe, expect, it } from "vitest";
import { splitSentences } from "../split-sentences";
import { SEGMENT_RULES, listRuleNames } from "./index";

const texts = (p: string) => splitSentences(p).map((s) => s.text);

describe("rule list", () => {
  it("is exported in order with unique names", () => {
    const names = listRuleNames();
    expect(names[0]).toBe("list-lines");
    expect(new Set(names).size).toBe(SEGMENT_RULES.length);
  });

  it("can be swapped: without rules every spaced mark splits", () => {
    expect(splitSentences("Dr. Ames came.", []).map((s) => s.text)).toEqual(["Dr.", "Ames came."]);
  });
});

describe("abbreviations", () => {
  it("never ends a sentence on a title", () => {
    expect(texts("Dr. Ames met Gen. Holt and Sen. Vale. They talked.")).toEqual([
      "Dr. Ames met Gen. Holt and Sen. Vale.",
      "They talked.",
    ]);
    expect(texts("Mr. and Mrs. Pell left with Prof. Ito.")).toHaveLength(1);
  });
  it("keeps U.S. before a title but splits before a sentence starter", () => {
    expect(texts("The U.S. President spoke. Nobody replied.")).toHaveLength(2);
    expect(texts("He flew to the U.S. The talks failed.")).toEqual(["He flew to the U.S.", "The talks failed."]);
    expect(texts("He left the U.K. Officials said so.")).toHaveLength(2);
    expect(texts("An India–U.S. Trade Pact was signed.")).toHaveLength(1);
  });
  it("keeps month abbreviations before a day", () => {
    expect(texts("The vote is set for Oct. 19 and Sept. 3 is the backup.")).toHaveLength(1);
    expect(texts("Talks began on Jan. 5. In Feb. They stopped.")).toHaveLength(3);
  });
  it("keeps company suffixes unless a sentence starts", () => {
    expect(texts("Acme Corp. Chief Dana Roe resigned.")).toHaveLength(1);
    expect(texts("She sued Acme Inc. The case is open.")).toHaveLength(2);
  });
  it("keeps connectives and reference numbers", () => {
    expect(texts("Teams, e.g. Reds vs. Blues, i.e. Rivals, met.")).toHaveLength(1);
    expect(texts("He ranks No. 5 on page p. 12 of the list.")).toHaveLength(1);
    expect(texts("His answer was no. Then he left.")).toHaveLength(2);
  });
  it("handles times", () => {
    expect(texts("It began at 5 p.m. Sunday and ended at 9 a.m. on Monday.")).toHaveLength(1);
    expect(texts("It began at 5 p.m. The crowd left.")).toHaveLength(2);
  });
});

describe("initials", () => {
  it("keeps initials with their name", () => {
    expect(texts("John F. Kennedy and J. K. Rowling were named.")).toHaveLength(1);
  });
  it("splits after a lone letter before a sentence starter", () => {
    expect(texts("They chose plan B. The others left.")).toHaveLength(2);
  });
});

describe("decimals and thousands", () => {
  it("never splits inside numbers", () => {
    expect(texts("Growth was 3.5 percent, or 1,200.50 units. Prices rose 0.4.")).toEqual([
      "Growth was 3.5 percent, or 1,200.50 units.",
      "Prices rose 0.4.",
    ]);
  });
});

describe("urls and e-mails", () => {
  it("keeps addresses whole and splits after them", () => {
    expect(texts("See www.example.org/a.html or mail j.doe@mail.example.com. Then wait.")).toEqual([
      "See www.example.org/a.html or mail j.doe@mail.example.com.",
      "Then wait.",
    ]);
    expect(texts("Read https://news.example.com/x.Y?id=3 for more.")).toHaveLength(1);
  });
  it("splits text glued by lost spaces", () => {
    expect(texts("The plan was rejected.Talks resumed.")).toEqual(["The plan was rejected.", "Talks resumed."]);
  });
});

describe("ellipses", () => {
  it("splits before a capital, joins before lowercase and numbers", () => {
    expect(texts("He waited... Then he left.")).toHaveLength(2);
    expect(texts("The plan … was vague.")).toHaveLength(1);
    expect(texts("They counted 1 ... 10 aloud.")).toHaveLength(1);
  });
  it("treats spaced dots as one ellipsis", () => {
    expect(texts("He paused . . . and went on. Done.")).toEqual(["He paused . . . and went on.", "Done."]);
  });
});

describe("quotes and brackets", () => {
  it("gives the closing quote to the sentence that ends", () => {
    expect(texts("He said, “We will win.” Then he left.")).toEqual(["He said, “We will win.”", "Then he left."]);
    expect(texts("She asked \"Why?\" Nobody knew.")).toEqual(["She asked \"Why?\"", "Nobody knew."]);
    expect(texts("‘Go!’ It was over.")).toEqual(["‘Go!’", "It was over."]);
  });
  it("keeps a quoted question with its attribution", () => {
    expect(texts("“Why now?” he asked.")).toHaveLength(1);
    expect(texts("“Why now?” Mayor Ana Ruiz asked. She got no answer.")).toEqual([
      "“Why now?” Mayor Ana Ruiz asked.",
      "She got no answer.",
    ]);
    expect(texts("“Why now?” He said nothing more.")).toHaveLength(2);
  });
  it("gives the closing parenthesis to the sentence", () => {
    expect(texts("He left. (Nobody saw him.) The end.")).toEqual(["He left.", "(Nobody saw him.)", "The end."]);
  });
});

describe("dashes and semicolons", () => {
  it("never splits on dashes or semicolons", () => {
    expect(texts("The aide — who declined to be named — said no; talks stalled; aid slowed.")).toHaveLength(1);
    expect(texts("Prices rose – sharply – in May.")).toHaveLength(1);
  });
});

describe("lists", () => {
  it("splits bullet lines and numbered lines per item", () => {
    expect(texts("- more aid\n- fewer tariffs\n- new talks")).toEqual(["- more aid", "- fewer tariffs", "- new talks"]);
    expect(texts("1. Ceasefire first.\n2. Talks next\n3. Vote")).toEqual(["1. Ceasefire first.", "2. Talks next", "3. Vote"]);
  });
  it("joins hard-wrapped lines", () => {
    expect(texts("The agency provides the\ninformation as is. It adds nothing.")).toEqual([
      "The agency provides the\ninformation as is.",
      "It adds nothing.",
    ]);
  });
});
