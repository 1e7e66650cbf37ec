import { describe, expect, it } from "vitest";
import type { Group } from "@/lib/types";
import { findDiffMarks, findValueMarks, isReworded, markMember, segmentText } from "./text-marks";

// Two made-up sentences, written for this test.
const A = "The mayor said the bridge would reopen within two weeks.";
const B = "The mayor said the bridge would reopen in a few days.";

const group: Group = {
  id: "g1",
  kind: "conflict",
  members: [
    { sourceId: "s1", sentenceIds: ["s1.1"] },
    { sourceId: "s2", sentenceIds: ["s2.1"] },
  ],
  score: 0.8,
  conflicts: [{ type: "date", values: [{ sourceId: "s1", text: "within two weeks" }, { sourceId: "s2", text: "in a few days" }] }],
  variants: [],
  diff: [
    {
      sourceId: "s2",
      ops: [
        [0, "The mayor said the bridge would reopen "],
        [-1, "within two weeks"],
        [1, "in a few days"],
        [0, "."],
      ],
    },
  ],
};

describe("findDiffMarks", () => {
  it("marks the first member's dropped words and another member's added words", () => {
    expect(findDiffMarks(group, "s1", A).map((m) => A.slice(m.start, m.end))).toEqual(["within two weeks"]);
    expect(findDiffMarks(group, "s2", B).map((m) => B.slice(m.start, m.end))).toEqual(["in a few days"]);
  });

  it("marks nothing when the ops do not spell the text as shown", () => {
    expect(findDiffMarks(group, "s2", `${B} More.`)).toEqual([]);
  });
});

describe("segmentText", () => {
  it("cuts at every mark and keeps overlapping marks together", () => {
    const segments = segmentText(A, markMember(group, "s1", A));
    expect(segments.map((s) => s.text).join("")).toBe(A);
    const marked = segments.find((s) => s.types.size > 0);
    expect(marked?.text).toBe("within two weeks");
    expect([...(marked?.types ?? [])].sort()).toEqual(["diff", "value"]);
  });

  it("finds values case-insensitively, every time they occur", () => {
    expect(findValueMarks("Kyiv and KYIV", ["kyiv"], "variant")).toHaveLength(2);
  });
});

describe("isReworded", () => {
  it("is true only when the differences cover most of the text", () => {
    expect(isReworded(A, findDiffMarks(group, "s1", A))).toBe(false);
    expect(isReworded(A, [{ start: 0, end: A.length - 1, type: "diff" }])).toBe(true);
  });
});

describe("markMember with value spans", () => {
  // A value written twice in one sentence: the engine read the second "3", the score.
  const first = "Route 3 was closed early.";
  const second = "By noon, the Kestrel side had scored 3 goals at the lake stadium off Route 3 again.";
  const twice: Group = {
    ...group,
    members: [
      { sourceId: "s1", sentenceIds: ["s1.1", "s1.2"] },
      { sourceId: "s2", sentenceIds: ["s2.1"] },
    ],
    conflicts: [{ type: "number", values: [{ sourceId: "s1", text: "3", span: { sentenceId: "s1.2", start: second.indexOf("3 goals"), end: second.indexOf("3 goals") + 1 } }, { sourceId: "s2", text: "4" }] }],
    diff: null,
  };
  const text = `${first} ${second}`;
  const sentences = [{ id: "s1.1", text: first }, { id: "s1.2", text: second }];

  it("marks only the occurrence its span names, in the right sentence of the joined text", () => {
    const marks = markMember(twice, "s1", text, sentences).filter((m) => m.type === "value");
    expect(marks).toEqual([{ start: first.length + 1 + second.indexOf("3 goals"), end: first.length + 2 + second.indexOf("3 goals"), type: "value" }]);
  });

  it("searches the text only for a value without a span (a comparison stored before spans)", () => {
    const stored: Group = { ...twice, conflicts: [{ type: "number", values: [{ sourceId: "s1", text: "Route 3" }, { sourceId: "s2", text: "4" }] }] };
    expect(markMember(stored, "s1", text, sentences).filter((m) => m.type === "value")).toHaveLength(2);
  });
});
