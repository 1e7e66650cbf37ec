import { describe, expect, it } from "vitest";
import { parseRevisionRequest } from "./revision-schema";

describe("parseRevisionRequest", () => {
  it("takes the version-2 edits: a link with a span, an unlink that names its fact", () => {
    const edits = [
      { op: "link", groupId: "g2", sentenceId: "s3.1", span: { sentenceId: "s3.1", start: 40, end: 64 } },
      { op: "unlink", groupId: "g2", sentenceId: "s1.1" },
      { op: "unlink", sentenceId: "s1.2" },
    ];
    expect(parseRevisionRequest({ baseRevision: 0, edits }).edits).toEqual(edits);
  });

  it("refuses a span with a stray field or a negative offset", () => {
    const link = (span: unknown) => ({ baseRevision: 0, edits: [{ op: "link", groupId: "g2", sentenceId: "s3.1", span }] });
    expect(() => parseRevisionRequest(link({ sentenceId: "s3.1", start: 0, end: 4, text: "x" }))).toThrow(/edits\[0\]\.span/);
    expect(() => parseRevisionRequest(link({ sentenceId: "s3.1", start: -1, end: 4 }))).toThrow(/edits\[0\]\.span\.start/);
  });
});
