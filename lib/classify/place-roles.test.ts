import { describe, expect, it } from "vitest";
import { mergeAnalyses } from "../align/merge-analyses";
import { analyzeSentence } from "../normalize/analyze-sentence";
import { datesAgree } from "../normalize/dates";
import { numbersAgree } from "../normalize/numbers";
import { classifyGroup, type MemberSide } from "./classify-group";
import { playDifferentRoles, readPlaceRole } from "./place-roles";

const ctx = { publishedAt: "2031-05-02" };
const roleOf = (text: string, place: string) => {
  const found = analyzeSentence(text, ctx).entities.find((e) => e.text === place);
  expect(found, `${place} is found as an entity`).toBeDefined();
  return readPlaceRole(text, found!);
};
const side = (sourceId: string, text: string): MemberSide => ({ sourceId, text, analysis: analyzeSentence(text, ctx) });
const placeConflict = (a: string, b: string) => classifyGroup([side("s1", a), side("s2", b)], { numbersAgree, datesAgree }).conflicts.some((c) => c.type === "place");

describe("the role a place plays", () => {
  it("reads the preposition that governs the place, through a possessive or an article", () => {
    expect(roleOf("The ferry sailed from Tarvik's harbour to Oslo.", "Oslo")).toBe("to");
    expect(roleOf("The jet took off from Lindqvist Airport at noon.", "Lindqvist Airport")).toBe("from");
    expect(roleOf("A train bound for Madrid derailed.", "Madrid")).toBe("to");
    expect(roleOf("The storm hit homes in western Portugal.", "Portugal")).toBe("at");
    expect(roleOf("Talks between Norway and Sweden resumed.", "Norway")).toBe("between");
    expect(roleOf("Portugal declared an emergency.", "Portugal")).toBe("none");
  });

  it("tells two roles apart only when both sentences give one", () => {
    expect(playDifferentRoles("from", "to")).toBe(true);
    expect(playDifferentRoles("at", "at")).toBe(false);
    expect(playDifferentRoles("none", "to")).toBe(false);
  });

  it("keeps an origin and a destination from being rival places, but not two destinations", () => {
    expect(placeConflict("The flight took off from Lindqvist Airport and crashed.", "The flight, bound for Lisbon, crashed.")).toBe(false);
    expect(placeConflict("The flight, bound for Madrid, crashed.", "The flight, bound for Lisbon, crashed.")).toBe(true);
  });

  it("reads roles in a member of several sentences, whose spans index the joined text", () => {
    const texts = ["The flight crashed minutes after takeoff.", "It had left from Lindqvist Airport at noon."];
    const joined = { sourceId: "s1", text: texts.join(" "), analysis: mergeSpans(texts) };
    const other = side("s2", "The flight, bound for Lisbon, crashed minutes after takeoff.");
    // Unshifted spans (each sentence's own) would not read "from" before the airport.
    const unshifted = { ...joined, analysis: mergeAnalyses(texts.map((t) => analyzeSentence(t, ctx))) };
    expect(classifyGroup([unshifted, other], { numbersAgree, datesAgree }).conflicts.some((c) => c.type === "place")).toBe(true);
    expect(classifyGroup([joined, other], { numbersAgree, datesAgree }).conflicts.some((c) => c.type === "place")).toBe(false);
  });
});

function mergeSpans(texts: string[]) {
  const starts = texts.map((_, k) => texts.slice(0, k).reduce((at, t) => at + t.length + 1, 0));
  return mergeAnalyses(texts.map((t) => analyzeSentence(t, ctx)), starts);
}
