import { describe, expect, it } from "vitest";
import type { EntityMention } from "../types";
import { collectNameWords, extractEntities } from "./entities";

const brief = (mentions: EntityMention[]) => mentions.map((m) => `${m.text}|${m.type}|${m.key}`);

describe("extractEntities", () => {
  it("finds titled people by surname key, places and organisations (seed sentence)", () => {
    const text = "Speaking during a national television broadcast on Sunday, Ivan Tertel shared that the KGB is actively " +
      "working to bolster Belarusian President Alexander Lukashenko’s efforts to resolve the ongoing war through diplomacy.";
    expect(brief(extractEntities(text))).toEqual([
      "Ivan Tertel|person|tertel",
      "KGB|organization|kgb",
      "Alexander Lukashenko|person|lukashenko",
    ]);
  });

  it("splits possessives, hyphenated country pairs and titles", () => {
    const text = "The head of Belarus's State Security Committee backs Russia-Ukraine talks, said Ukraine’s President Vladimir Zelensky.";
    expect(brief(extractEntities(text))).toEqual([
      "Belarus|place|belarus",
      "State Security Committee|organization|state securiti comite",
      "Russia|place|rusia",
      "Ukraine|place|ukraine",
      "Vladimir Zelensky|person|zelenski",
    ]);
  });

  it("drops common words capitalised by position, months and days", () => {
    expect(extractEntities("Reports say the summit in Minsk opens on Monday in September.").map((m) => m.text)).toEqual(["Minsk"]);
    expect(extractEntities("However, the offer was turned down by Kiev.").map((m) => m.text)).toEqual(["Kiev"]);
  });

  it("keeps a known multiword name at the start of a sentence", () => {
    expect(extractEntities("South Korea said the deal stands.").map((m) => `${m.text}|${m.type}`)).toEqual(["South Korea|place"]);
  });

  it("types unknown names from their verb and their shape", () => {
    expect(brief(extractEntities("Tertel emphasized that the plan stands."))).toEqual(["Tertel|person|tertel"]);
    expect(extractEntities("Officials met Kovalenko in Odesa.").map((m) => m.type)).toEqual(["person", "place"]);
  });

  it("reads abbreviations with dots and keeps them apart from titles", () => {
    expect(brief(extractEntities("U.S. President Donald Trump hosted the talks."))).toEqual([
      "U.S.|place|united states",
      "Donald Trump|person|trump",
    ]);
  });

  it("splits a title-case headline at its common words", () => {
    expect(extractEntities("Belarus KGB Chief Backs Renewed Russia-Ukraine Talks").map((m) => m.text))
      .toEqual(["Belarus", "KGB", "Russia", "Ukraine"]);
  });

  it("uses the document's other sentences for a name at a sentence start", () => {
    const known = collectNameWords(["The envoy met Marchetti in Rome."]);
    expect(extractEntities("Marchetti spoke first.").map((m) => m.text)).toEqual(["Marchetti"]);
    expect(extractEntities("Trump spoke first.").map((m) => m.text)).toEqual(["Trump"]);
    expect(extractEntities("Bush spoke first.", { knownNames: collectNameWords(["He met Bush."]) }).map((m) => m.text))
      .toEqual(["Bush"]);
    expect(extractEntities("Bush spoke first.", { knownNames: known }).map((m) => m.text)).toEqual([]);
  });
});
