import { describe, expect, it } from "vitest";
import { buildCreateBody, FIELD, readSentForm } from "./new-comparison-state";

function formOf(entries: [string, string][]): FormData {
  const form = new FormData();
  for (const [name, value] of entries) form.append(name, value);
  return form;
}

describe("the plain HTML form", () => {
  const form = formOf([
    [FIELD.title, " Ferry aground off Ulm "],
    [FIELD.text, "The ferry ran aground."],
    [FIELD.sourceTitle, ""],
    [FIELD.outlet, "Ulm Courier"],
    [FIELD.publishedAt, ""],
    [FIELD.text, "A ferry hit a sandbank."],
    [FIELD.sourceTitle, "Ferry stuck"],
    [FIELD.outlet, ""],
    [FIELD.publishedAt, "2031-05-02"],
    [FIELD.listed, "on"],
  ]);

  it("pairs each source's fields up by position and keeps the text as sent", () => {
    const sent = readSentForm(form);
    expect(sent.listed).toBe(true);
    expect(sent.sources).toEqual([
      { text: "The ferry ran aground.", title: "", outlet: "Ulm Courier", publishedAt: "" },
      { text: "A ferry hit a sandbank.", title: "Ferry stuck", outlet: "", publishedAt: "2031-05-02" },
    ]);
  });

  it("sends the API only the fields that were filled in", () => {
    expect(buildCreateBody(readSentForm(form))).toEqual({
      sources: [
        { text: "The ferry ran aground.", outlet: "Ulm Courier" },
        { text: "A ferry hit a sandbank.", title: "Ferry stuck", publishedAt: "2031-05-02" },
      ],
      listed: true,
      title: "Ferry aground off Ulm",
    });
  });
});
