import { describe, expect, it } from "vitest";
import { cleanSource } from "./clean-source";
import { detectLanguage } from "./detect-language";

const SAMPLES: [string, string][] = [
  ["English", "The mayor said that the new bridge would be open to traffic by the end of the year, and that it was built on time."],
  ["German", "Der Bürgermeister sagte, dass die neue Brücke bis zum Ende des Jahres für den Verkehr geöffnet sein wird und nicht teurer wurde."],
  ["French", "Le maire a déclaré que le nouveau pont sera ouvert à la circulation avant la fin de l'année et qu'il a été construit dans les délais."],
  ["Spanish", "El alcalde dijo que el nuevo puente estará abierto al tráfico antes de que termine el año y que se construyó a tiempo para la ciudad."],
  ["Italian", "Il sindaco ha detto che il nuovo ponte sarà aperto al traffico entro la fine dell'anno e che è stato costruito nei tempi previsti."],
  ["Portuguese", "O prefeito disse que a nova ponte estará aberta ao trânsito até o fim do ano e que foi construída no prazo, como era previsto pela cidade."],
  ["Dutch", "De burgemeester zei dat de nieuwe brug voor het einde van het jaar open zal zijn voor het verkeer en dat die op tijd is gebouwd."],
  ["Russian", "Мэр сказал, что новый мост будет открыт для движения до конца года и что его построили вовремя."],
  ["Ukrainian", "Мер сказав, що новий міст буде відкрито для руху до кінця року і що його збудували вчасно."],
  ["Chinese", "市长说，新桥将在年底前通车，并且按时建成。"],
  ["Japanese", "市長は、新しい橋は年末までに開通し、予定通りに完成したと述べた。"],
  ["Arabic", "قال رئيس البلدية إن الجسر الجديد سيفتح أمام حركة المرور قبل نهاية العام."],
];

describe("detectLanguage", () => {
  it.each(SAMPLES)("recognises %s", (language, text) => {
    expect(detectLanguage(text)).toBe(language);
  });

  it("keeps English with foreign names and a German quote", () => {
    const text = "Chancellor Anna Weber told reporters in Berlin that the plan was “nicht verhandelbar”, or not negotiable, and that the cabinet would vote on it in May.";
    expect(detectLanguage(text)).toBe("English");
  });

  it("is unsure about too little text", () => {
    expect(detectLanguage("Berlin 2031")).toBeNull();
  });
});

describe("language warning", () => {
  it("warns that a German source is not English", () => {
    const german = [
      "Die Stadt Lindau hat am Montag den neuen Hafen eröffnet.",
      "Nach Angaben der Verwaltung kostete der Bau rund zwölf Millionen Euro und dauerte drei Jahre.",
      "Der Bürgermeister sprach von einem großen Tag für die Region, die seit Jahren auf das Projekt gewartet hat.",
    ].join("\n");
    expect(cleanSource({ text: german }).warnings).toEqual([
      "is not English (looks like German); cross-language alignment is not supported",
    ]);
  });

  it("does not warn about English", () => {
    expect(cleanSource({ text: SAMPLES[0]?.[1] ?? "" }).warnings).toEqual([]);
  });
});
