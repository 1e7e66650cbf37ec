import type { Comparison } from "../types";
import { describeEvent, labelSource, shortenText } from "../comparison/name-comparison";

// The text of a comparison's share image. The image is drawn with the machine's own fonts and
// nothing is downloaded, so characters those fonts lack (emoji, most non-European scripts) are
// left out rather than fetched from a font service at render time.

export type Glyphs = "latin" | "european";

const DRAWABLE: Readonly<Record<Glyphs, RegExp>> = {
  latin: /[^\u0020-\u007e\u00a0-\u024f\u2010-\u2027\u2030-\u205e\u20a0-\u20bf]/gu,
  // Latin, Greek and Cyrillic with their extensions, punctuation and currency: DejaVu and
  // Liberation both cover these.
  european: /[^\u0020-\u007e\u00a0-\u024f\u0370-\u03ff\u0400-\u04ff\u1e00-\u1fff\u2010-\u2027\u2030-\u205e\u20a0-\u20bf]/gu,
};

export interface ShareCard {
  title: string;
  outlets: string;
  stats: Comparison["stats"];
}

export function keepDrawable(text: string, glyphs: Glyphs): string {
  return text.replace(DRAWABLE[glyphs], "").replace(/\s+/g, " ").trim();
}

export function describeShareCard(comparison: Comparison, title: string | null, glyphs: Glyphs): ShareCard {
  const event = keepDrawable(title ?? describeEvent(comparison), glyphs) || "A comparison of news reports";
  const names = comparison.sources.map((s) => keepDrawable(labelSource(s), glyphs) || s.id.toUpperCase());
  const outlets = names.length > 4 ? `${names.slice(0, 3).join(" · ")} and ${names.length - 3} more` : names.join(" · ");
  return { title: shortenText(event, 110), outlets: shortenText(outlets, 90), stats: comparison.stats };
}
