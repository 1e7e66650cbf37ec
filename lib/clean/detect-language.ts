// A cheap language guess, only good enough to warn that a source is not English (the aligner
// compares English words). Script first: a text mostly in Cyrillic, Arabic or CJK letters is not
// English whatever its function words say; Latin-script text is then judged by which language's
// most frequent function words it is full of.

import { LANGUAGE_MARKERS } from "./stop-words";

/** Letters of each non-Latin script we can name; first match wins, in this order. */
const SCRIPTS: [name: string, pattern: RegExp][] = [
  ["Cyrillic", /\p{Script=Cyrillic}/u],
  ["Arabic", /\p{Script=Arabic}/u],
  ["Hebrew", /\p{Script=Hebrew}/u],
  ["Greek", /\p{Script=Greek}/u],
  ["Japanese", /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ["Korean", /\p{Script=Hangul}/u],
  ["Chinese", /\p{Script=Han}/u],
  ["Hindi", /\p{Script=Devanagari}/u],
  ["Thai", /\p{Script=Thai}/u],
];
const SAMPLE_CHARS = 20_000;
const MIN_MARKER_WORDS = 5;

/** Names the language of a text ("English", "German", "Russian" ...) or null when unsure. */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, SAMPLE_CHARS);
  return detectScriptLanguage(sample) ?? detectLatinLanguage(sample);
}

function detectScriptLanguage(sample: string): string | null {
  const counts = new Map<string, number>();
  let letters = 0;
  for (const char of sample) {
    if (!/\p{L}/u.test(char)) continue;
    letters++;
    if (/\p{Script=Latin}/u.test(char)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? "non-Latin";
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  let best: [string, number] | null = null;
  for (const entry of counts) if (!best || entry[1] > best[1]) best = entry;
  // Japanese mixes kana with Han: any kana at all outranks the Han count.
  if (counts.has("Japanese") && best?.[0] === "Chinese") best = ["Japanese", best[1]];
  if (!best || best[1] < letters * 0.4) return null;
  return best[0] === "Cyrillic" ? nameCyrillicLanguage(sample) : nameScript(best[0]);
}

/** Ukrainian has letters Russian lacks (і ї є ґ); the reverse holds for ы э ё ъ. */
function nameCyrillicLanguage(sample: string): string {
  const ukrainian = (sample.match(/[іїєґІЇЄҐ]/gu) ?? []).length;
  const russian = (sample.match(/[ыэёъЫЭЁЪ]/gu) ?? []).length;
  if (ukrainian > russian) return "Ukrainian";
  return russian > 0 ? "Russian" : "a Cyrillic-script language";
}

function nameScript(script: string): string {
  if (script === "Chinese" || script === "Japanese" || script === "Korean") return script;
  if (script === "Hindi" || script === "Thai" || script === "Hebrew" || script === "Greek") return script;
  return script === "Arabic" ? "Arabic" : "a non-Latin-script language";
}

function detectLatinLanguage(sample: string): string | null {
  const words = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  const scores = Object.entries(LANGUAGE_MARKERS).map(([language, markers]) => {
    let hits = 0;
    for (const word of words) if (markers.has(word)) hits++;
    return [language, hits] as const;
  });
  scores.sort((a, b) => b[1] - a[1]);
  const [top, second] = scores;
  if (!top || top[1] < MIN_MARKER_WORDS || top[1] < words.length * 0.08) return null;
  // Shared short words ("de", "la", "in") blur close languages; demand a clear lead over English.
  const english = scores.find(([language]) => language === "English")?.[1] ?? 0;
  if (top[0] !== "English" && top[1] < english * 1.5) return english >= MIN_MARKER_WORDS ? "English" : null;
  if (second && top[1] === second[1] && top[0] !== "English") return null;
  return top[0];
}
