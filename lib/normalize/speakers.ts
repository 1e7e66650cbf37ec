// Who a sentence attributes its statement to. Attribution is a conflict of its own ("Tertel
// said" vs "Lukashenko said"), so we only name a speaker when the wording ties the name to a
// verb of saying. Pronouns ("he said") are left out: resolving them needs the previous
// sentences, and an empty list tells the classifier "unknown", which is the honest answer.
import type { EntityMention } from "../types";
import { FRAMING_VERBS } from "./framing-verbs";
import { joinVerbs, REPORTING_THAT_VERBS, REPORTING_VERBS } from "./reporting-verbs";

interface Located {
  entity: EntityMention;
  start: number;
  end: number;
}

type SpeakerRule = [name: string, find: (text: string, located: readonly Located[]) => string[]];

// The one list of reporting verbs: those that report speech whatever follows, and those that
// do only before "that" ("maintained that ...", not "maintained a firm stance").
const SPEECH = joinVerbs(REPORTING_VERBS);
const SPEECH_THAT = `(?:${joinVerbs(REPORTING_THAT_VERBS)})\\s+that`;
const PARTICIPLES = "saying|stating|adding|noting|telling|claiming|arguing|insisting|warning|explaining|stressing|emphasi[sz]ing";
const SPEAKER_NOUNS =
  "spokes(?:man|woman|person)|ministry|government|officials?|sources?|statement|police|military|" +
  "army|agency|office|kremlin|embassy|diplomats?|analysts?|witnesses?|residents?|prosecutors?|" +
  "authorities|aides?|lawyers?|envoy|minister|president|leader";

// After a name: optional apposition (", head of the KGB,") and adverbs/auxiliaries, then a verb.
const VERB_AFTER = new RegExp(
  `^(?!['’]s)(?:\\s*,[^,]{1,80},|\\s*,)?\\s*(?:(?:also|has|had|have|later|again|then|once|\\p{L}+ly)\\s+){0,2}(?:${SPEECH}|${SPEECH_THAT})\\b`, "iu");
// Before a name: "said Russian President ", "according to the ".
const VERB_BEFORE = new RegExp(
  `\\b(?:${SPEECH}|according to)\\s+(?:(?:\\p{Lu}[\\p{L}.'’-]*|the|a|an)\\s+){0,4}$`, "u");
// Verbs that frame a quotation rather than report speech: "Greyholt called the ruling "a
// setback"", "the union described the offer as "an insult"". Only with a quotation mark close behind.
const FRAMING_AFTER = new RegExp(
  `^(?!['’]s)(?:\\s*,[^,]{1,80},)?\\s*(?:(?:also|has|had|have|later|\\p{L}+ly)\\s+){0,2}(?:${FRAMING_VERBS})\\b[^"“”]{0,60}?["“]`, "iu");
const POSSESSIVE_SPOKESMAN =
  /^['’]s\s+(?:\p{L}+\s+)?(?:spokes(?:man|woman|person)|office|press (?:secretary|service)|aides?|representatives?|ministry|lawyers?|envoy)\b/iu;
const NOUN_THEN_VERB = new RegExp(`\\b(?:the|a|an|his|her|its|their|one|another)\\s+(?:\\p{L}+\\s+)?(${SPEAKER_NOUNS})\\s+(?:${SPEECH})\\b`, "giu");
const VERB_THEN_NOUN = new RegExp(`\\b(?:${SPEECH}|according to)\\s+(?:the|a|an)\\s+(?:\\p{L}+\\s+)?(${SPEAKER_NOUNS})\\b`, "giu");
const OPENING_PARTICIPLE = /^(?:speaking|talking|writing)\b[^,]{0,120},\s*/i;
const CLOSING_PARTICIPLE = new RegExp(`,\\s*(?:${PARTICIPLES})\\b`, "iu");

const keysOf = (located: readonly Located[]) => located.map((l) => l.entity.key);

function foldNoun(noun: string): string {
  const lower = noun.toLowerCase();
  return lower === "authorities" ? "authority" : lower.replace(/(?<!s)s$/, "");
}

const SPEAKER_RULES: readonly SpeakerRule[] = [
  ["name then verb (Tertel emphasized; Ivan Tertel, head of the KGB, told)", (text, located) =>
    keysOf(located.filter((l) => VERB_AFTER.test(text.slice(l.end))))],
  ["name then framing verb and quotation (Greyholt called the ruling \"a setback\")", (text, located) =>
    keysOf(located.filter((l) => FRAMING_AFTER.test(text.slice(l.end))))],
  ["verb then name (said Russian President Vladimir Putin; according to X)", (text, located) =>
    keysOf(located.filter((l) => VERB_BEFORE.test(text.slice(Math.max(0, l.start - 80), l.start))))],
  ["name's spokesman", (text, located) => keysOf(located.filter((l) => POSSESSIVE_SPOKESMAN.test(text.slice(l.end))))],
  // "Speaking on state TV on Sunday, Ivan Tertel shared ...": the subject after the comma.
  ["opening participle", (text, located) => {
    const opening = OPENING_PARTICIPLE.exec(text);
    const subject = opening ? located.find((l) => l.start === opening[0].length) : undefined;
    return subject ? [subject.entity.key] : [];
  }],
  // "Zelensky rejected the suggestion, stating that ...": the last person before the comma.
  ["closing participle", (text, located) => {
    const closing = CLOSING_PARTICIPLE.exec(text);
    if (!closing) return [];
    const before = located.filter((l) => l.end <= closing.index && l.entity.type === "person");
    return before.length > 0 ? [before[before.length - 1]!.entity.key] : [];
  }],
  ["unnamed speaker noun (the ministry said; said a spokesman)", (text) =>
    [...text.matchAll(NOUN_THEN_VERB), ...text.matchAll(VERB_THEN_NOUN)].map((m) => foldNoun(m[1] ?? ""))],
];

function locate(text: string, entities: readonly EntityMention[]): Located[] {
  const located: Located[] = [];
  for (const entity of entities) {
    for (let at = text.indexOf(entity.text); at >= 0; at = text.indexOf(entity.text, at + 1)) {
      located.push({ entity, start: at, end: at + entity.text.length });
    }
  }
  return located.sort((a, b) => a.start - b.start);
}

/** Entity keys (or folded nouns like "spokesman", "ministry") the sentence quotes or cites. */
export function findSpeakers(text: string, entities: readonly EntityMention[]): string[] {
  const located = locate(text, entities);
  const speakers: string[] = [];
  for (const [, find] of SPEAKER_RULES) {
    for (const speaker of find(text, located)) if (speaker && !speakers.includes(speaker)) speakers.push(speaker);
  }
  return speakers;
}
