// Wire copy opens with a dateline that names the outlet: "(MENAFN) The head of ...",
// "WASHINGTON (Reuters) - The ...", "LONDON, May 3 (AP) — ...". The marker is not part of the
// first sentence (and would stop it aligning with other outlets' versions), but it is the most
// reliable place a plain-text source names its outlet. Patterns are anchored and bounded.

const MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]{0,6}\\.?";
/** "(Reuters)" / "(MENAFN)" at the very start, then an optional dash. */
const OUTLET_FIRST = /^\(([\p{Lu}][\p{L}\p{N}&.'’ -]{0,38}[\p{L}\p{N}.])\)\s?(?:[-–—]{1,2}\s)?(?=[\p{Lu}"“‘'\d])/u;
/** "WASHINGTON", "KYIV, Ukraine", "LONDON, May 3", then "(AP)" or not, then a dash. */
const PLACE_FIRST = new RegExp(
  "^(\\p{Lu}[\\p{Lu}.'’-]+(?:[ /]\\p{Lu}[\\p{Lu}.'’-]+){0,3})" +
    "(?:, \\p{Lu}[\\p{L}.]+(?: \\p{Lu}[\\p{L}.]+){0,2})?" +
    `(?:,? ${MONTH} \\d{1,2}(?:, \\d{4})?)?` +
    " ?(?:\\(([^()]{2,40})\\) ?)?[-–—]{1,2} (?=[\\p{Lu}\"“‘'\\d])",
  "u",
);

export interface Dateline {
  /** The outlet the marker names, or null for a bare place dateline. */
  outlet: string | null;
  /** The marker as written, without trailing space. */
  marker: string;
  /** The paragraph without its marker. */
  rest: string;
}

/** Reads a dateline at the start of a paragraph, or returns null. */
export function readDateline(paragraph: string): Dateline | null {
  const head = paragraph.slice(0, 200);
  const outletFirst = OUTLET_FIRST.exec(head);
  if (outletFirst) return buildDateline(paragraph, outletFirst[0], outletFirst[1] ?? null);
  const placeFirst = PLACE_FIRST.exec(head);
  if (!placeFirst) return null;
  // An all-caps place needs two letters at least and no lower case: "I -" is not a dateline.
  const place = placeFirst[1] ?? "";
  if (place.replace(/[^\p{Lu}]/gu, "").length < 2) return null;
  return buildDateline(paragraph, placeFirst[0], placeFirst[2] ?? null);
}

function buildDateline(paragraph: string, marker: string, outlet: string | null): Dateline | null {
  const name = outlet?.trim() || null;
  // "(Updated with new figures in paragraph three)" is an editor's note, not an outlet.
  if (name !== null && name.split(/\s+/).length > 4) return null;
  return { outlet: name, marker: marker.trim(), rest: paragraph.slice(marker.length).trim() };
}
