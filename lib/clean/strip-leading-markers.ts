// Page debris is not always a line of its own: a scraper glues an archive stamp, an icon's name
// or a news flag onto the first words of the story ("UPDATE: The council ..."). Taking the
// whole paragraph would lose the story; leaving it would make the flag part of a sentence. So
// these markers are cut off the start of a paragraph and recorded, one named pattern each, in
// order, as often as they stack ("date 2031-05-02 Show Summary ...").

import type { Removed, RemovedReason } from "../types";
import { isHeadlineLike } from "./text-shape";

interface LeadingMarker {
  name: string;
  reason: RemovedReason;
  /** Matches the marker at the start of a paragraph, with the spaces after it. */
  pattern: RegExp;
  /** When set, the marker is only cut if what follows it passes. */
  keepsRest?: (rest: string) => boolean;
}

/**
 * A regex source that matches `source` in any letter case. The patterns below need \p{Lu} and
 * \p{Ll} to keep their meaning, which the `i` flag would erase under `u`.
 */
function caseless(source: string): string {
  return source.replace(/\\p\{[^}]+\}|\\.|[a-z]/g, (part) => (part.length === 1 ? `[${part}${part.toUpperCase()}]` : part));
}

const NEWS_FLAGS = caseless(
  [
    "breaking(?: news)?", "updated?", "exclusive", "live(?: updates?| blog| coverage)?", "watch", "developing(?: story)?",
    "just in", "new", "latest", "alert", "news alert",
  ].join("|"),
);
const WIDGET_NAME = caseless("(?:(?:show|hide|view)\\s+)?(?:quick read|key points|summary|highlights)");
const AI_NOTICE = caseless("(?:is|was|are|were)\\s+(?:ai[- ]generated|generated (?:by|with) ai)");

export const LEADING_MARKERS: readonly LeadingMarker[] = [
  // A web archive's capture stamp ("date 2031-05-02"), lower case and ISO: never prose.
  { name: "archive-date", reason: "boilerplate", pattern: /^date\s+\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?Z?)?\s+/ },
  // An icon font's ligature name read as text, glued to the first word ("text_fieldsThe ..."): snake case.
  { name: "icon-name", reason: "boilerplate", pattern: /^[a-z]+(?:_[a-z]+)+(?=\p{Lu})/u },
  // "Show Summary Summary is AI-generated, desk-reviewed": a summary widget's label and notice.
  {
    name: "summary-widget",
    reason: "boilerplate",
    pattern: new RegExp(`^${WIDGET_NAME}\\s+(?:[\\p{L} ]{0,30}\\s)?${AI_NOTICE}(?:,\\s*\\p{Ll}[\\p{L}-]*(?:\\s\\p{Ll}[\\p{L}-]*){0,2})?[.:]?\\s+`, "u"),
  },
  // "UPDATE: The council ...", "Live updates: Storm reaches ...": a flag set before prose. Before
  // a Title Case display line ("BREAKING: Storm Hits Coast") it is part of that line as shown.
  {
    name: "news-flag",
    reason: "boilerplate",
    pattern: new RegExp(`^\\p{Extended_Pictographic}?\\s*(?:${NEWS_FLAGS})\\s*:\\s+(?=[\\p{Lu}\\p{N}"“‘'])`, "u"),
    keepsRest: (rest) => !isHeadlineLike(rest),
  },
];

/** The paragraph without its leading markers, and each marker as a removed piece. */
export function stripLeadingMarkers(paragraph: string, markers: readonly LeadingMarker[] = LEADING_MARKERS): { text: string; removed: Removed[] } {
  const removed: Removed[] = [];
  let text = paragraph;
  for (let found = true; found; ) {
    found = false;
    for (const marker of markers) {
      const match = marker.pattern.exec(text);
      if (!match || match[0].length === text.length) continue;
      if (marker.keepsRest && !marker.keepsRest(text.slice(match[0].length))) continue;
      removed.push({ text: match[0].trim(), reason: marker.reason });
      text = text.slice(match[0].length);
      found = true;
    }
  }
  return { text, removed };
}
