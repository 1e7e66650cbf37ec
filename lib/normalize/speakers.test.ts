import { describe, expect, it } from "vitest";
import { extractEntities } from "./entities";
import { findSpeakers } from "./speakers";

const speakersOf = (text: string) => findSpeakers(text, extractEntities(text));

describe("findSpeakers", () => {
  it("finds a name before a verb of saying, across an apposition", () => {
    expect(speakersOf("Tertel emphasized that only talks could help.")).toEqual(["tertel"]);
    expect(speakersOf("Ivan Tertel, head of Belarus’s KGB security agency, told state television that talks matter."))
      .toEqual(["tertel"]);
    expect(speakersOf("Lukashenko has also said he is ready to meet.")).toEqual(["lukashenko"]);
  });

  it("finds a name after the verb and after 'according to'", () => {
    expect(speakersOf("The talks will resume, said Russian President Vladimir Putin.")).toEqual(["putin"]);
    expect(speakersOf("The convoy was hit overnight, according to Governor Oleh Kiper.")).toEqual(["kiper"]);
  });

  it("finds a name before a verb that frames a quotation, only when the quotation follows", () => {
    expect(speakersOf('Greyholt called the ruling "a setback for the whole region".')).toEqual(["greyholt"]);
    expect(speakersOf("Greyholt called the ruling unfair.")).toEqual([]);
  });

  it("credits a spokesman's principal", () => {
    expect(speakersOf("Zelenskyy's spokesman said the meeting was useful.")).toEqual(["zelenski"]);
  });

  it("returns folded nouns for unnamed speakers", () => {
    expect(speakersOf("The ministry said the border was closed.")).toEqual(["ministry"]);
    expect(speakersOf("Two people died, said a police spokesman.")).toEqual(["spokesman"]);
    expect(speakersOf("Several officials said the plan was dropped.")).toEqual([]);
    expect(speakersOf("The officials said the plan was dropped.")).toEqual(["official"]);
  });

  it("reads participle clauses", () => {
    expect(speakersOf("Zelensky rejected the idea, stating that Budapest lacks influence.")).toEqual(["zelenski"]);
    expect(speakersOf("Speaking on state television on Sunday, Ivan Tertel shared that the KGB is working.")).toEqual(["tertel"]);
  });

  it("does not take actions or possessives for speech", () => {
    expect(speakersOf("President Zelensky has maintained a firm stance against concessions.")).toEqual([]);
    expect(speakersOf("This echoes Lukashenko’s remarks from September.")).toEqual([]);
    expect(speakersOf("He said the talks would go on.")).toEqual([]);
  });
});
