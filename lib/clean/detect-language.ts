// A cheap language guess, only good enough to warn that a source is not English (the aligner
// compares English words). Script first: a text mostly in Cyrillic, Arabic or CJK letters is not
// English whatever its function words say; Latin-script text is then judged by which language's
// most frequent function words it is full of.


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

const words = (list: string): Set<string> => new Set(list.split(/\s+/).filter(Boolean));

/** The most frequent function words of each language we can name; few are shared across lists. */
export const LANGUAGE_MARKERS: Record<string, Set<string>> = {
  English: words(`the and of to in is that for it was with as on be by this are at from have has
    had not but which were been their they would will an said its who after there than also`),
  German: words(`der die das und ist nicht ein eine einer einem einen des dem den zu mit sich auf
    für von im auch es wird wurde sind dass nach bei oder aus wie noch über hat haben vor`),
  French: words(`le la les et est des une un du que pour dans pas qui sur au aux avec ce cette il
    elle ont sont été par mais ou plus leur nous vous selon entre son ses`),
  Spanish: words(`el la los las y es del que por para con una un se no su sus al lo como más pero
    fue han ha este esta entre sobre también desde según ya muy`),
  Italian: words(`il lo la gli le e è di del della che per con una un non si sono nel nella alla
    al dei delle anche più come ma ha hanno questo questa dopo tra essere stato`),
  Portuguese: words(`o a os as e é do da dos das que para com uma um não se no na nos nas por
    mais como mas foi são ao pelo pela também seu sua entre já muito`),
  Dutch: words(`de het een en is van dat die in niet met op voor zijn te er maar ook als aan door
    bij naar om nog werd wordt heeft hebben dit deze uit over`),
};

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
