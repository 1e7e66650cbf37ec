import { describe, expect, it } from "vitest";
import { splitParagraphs } from "./split-paragraphs";

describe("splitParagraphs", () => {
  it("splits on blank lines and on lines that are whole paragraphs", () => {
    const text = "First paragraph ends here.\nSecond one too.\n\nThird after a blank line.";
    expect(splitParagraphs(text)).toEqual(["First paragraph ends here.", "Second one too.", "Third after a blank line."]);
  });

  it("rejoins a line that stops mid-sentence when the next continues in lower case", () => {
    expect(splitParagraphs("The board said the plan would\ncost more than expected.")).toEqual([
      "The board said the plan would cost more than expected.",
    ]);
  });

  it("keeps a heading line apart from the text under it", () => {
    expect(splitParagraphs("Legal Notice:\nThe text below is legal.\nSite News\nThe site moved.")).toEqual([
      "Legal Notice:",
      "The text below is legal.",
      "Site News",
      "The site moved.",
    ]);
  });

  // A sentence ending at the margin is taken as a paragraph end: splitting a wrapped paragraph
  // between sentences is harmless, merging two real paragraphs is not.
  it("rejoins a block wrapped at a fixed width, even before capitalised words", () => {
    const wrapped = [
      "Officials in the northern province of Example said on Thursday that",
      "Governor Ana Ruiz had ordered the evacuation of three villages near",
      "the dam after engineers found cracks in its eastern wall overnight.",
      "Residents were told to take only essentials.",
    ].join("\n");
    const [paragraph, ...rest] = splitParagraphs(wrapped);
    expect(paragraph).toContain("said on Thursday that Governor Ana Ruiz had ordered");
    expect(paragraph).toMatch(/near the dam after .* overnight\.$/);
    expect(rest).toEqual(["Residents were told to take only essentials."]);
  });

  it("joins a number that continues a line ending on a lower-case word", () => {
    expect(splitParagraphs("The ministry said more than\n50 people were freed.")).toEqual(["The ministry said more than 50 people were freed."]);
  });

  it("mends a word broken with a hyphen at the margin", () => {
    expect(splitParagraphs("The inter-\nnational panel met.")).toEqual(["The inter-national panel met."]);
  });

  it("keeps a story of short one-sentence lines as separate paragraphs", () => {
    const lines = ["The vote was 52-48.", "He declined to comment.", "Work starts in May.", "It will open in 2034."];
    expect(splitParagraphs(lines.join("\n"))).toEqual(lines);
  });
});
