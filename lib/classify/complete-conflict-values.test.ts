import { describe, expect, it } from "vitest";
import { datesAgree } from "../normalize/dates";
import { analyzeSentence } from "../normalize/analyze-sentence";
import { numbersAgree } from "../normalize/numbers";
import { classifyGroup, type MemberSide } from "./classify-group";
import { listConflictRules } from "./conflict-rules";
import { completeConflictValues, NOT_STATED } from "./complete-conflict-values";

const deps = { numbersAgree, datesAgree };
const side = (sourceId: string, text: string): MemberSide => ({ sourceId, text, analysis: analyzeSentence(text, { publishedAt: "2031-04-02" }) });

describe("completeConflictValues", () => {
  it("lists every member's value, so the odd one out shows", () => {
    const members = [
      side("s1", "The bus crash near Talvik killed 14 people on Monday."),
      side("s2", "The bus crash near Talvik killed 16 people on Monday."),
      side("s3", "Fourteen people were killed in the bus crash near Talvik on Monday."),
    ];
    const { conflicts } = classifyGroup(members, deps);
    const number = conflicts.find((c) => c.type === "number")!;
    expect(number.values.map((v) => v.sourceId)).toEqual(["s1", "s2"]); // first against each other only
    const complete = completeConflictValues(conflicts, members, listConflictRules(deps));
    expect(complete.find((c) => c.type === "number")!.values).toEqual([
      { sourceId: "s1", text: expect.stringContaining("14") },
      { sourceId: "s2", text: expect.stringContaining("16") },
      { sourceId: "s3", text: expect.stringMatching(/fourteen/i) },
    ]);
  });

  it("says a member states no such detail rather than inventing one", () => {
    const members = [
      side("s1", "The Talvik bridge reopened after 3 days of repairs."),
      side("s2", "The Talvik bridge reopened after 5 days of repairs."),
      side("s3", "The Talvik bridge reopened after repairs."),
    ];
    const complete = completeConflictValues(classifyGroup(members, deps).conflicts, members, listConflictRules(deps));
    expect(complete.find((c) => c.type === "number")!.values.at(-1)).toEqual({ sourceId: "s3", text: NOT_STATED });
  });
});
