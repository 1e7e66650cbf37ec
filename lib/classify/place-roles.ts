// The role a place plays in its sentence, read from the preposition that governs it: where a
// flight came from, where it was bound, where something happened. Two outlets that name a
// place each in a different role ("took off from the city's airport" / "bound for the capital") state two details of one fact, not rival values of one detail: the development set's
// gold has no place conflict at all, and such pairs were the false ones (decision 0190).
import type { EntityMention } from "../types";

export type PlaceRole = "from" | "to" | "at" | "between" | "none";

const ROLE_OF: Record<string, PlaceRole> = {
  from: "from", off: "from",
  to: "to", towards: "to", toward: "to", into: "to", for: "to",
  in: "at", at: "at", near: "at", on: "at", inside: "at", outside: "at", across: "at", over: "at",
  between: "between", among: "between",
};

// Words a governing preposition may stand before the place with: "from the city's airport",
// "to the capital", "in western Portugal".
const PHRASE_WORDS = new Set(["the", "a", "an", "its", "their", "his", "her", "western", "eastern", "northern", "southern", "central"]);
const WORD = /[\p{L}\p{N}'’-]+/gu;
const LOOK_BACK = 3;

/** The place's role in `text`; "none" when no preposition governs it within a few words, or its place in the text is unknown. */
export function readPlaceRole(text: string, place: EntityMention): PlaceRole {
  if (place.start === undefined || text.slice(place.start, place.end).toLowerCase() !== place.text.toLowerCase()) return "none";
  const before = [...text.slice(0, place.start).matchAll(WORD)].map((m) => m[0].toLowerCase()).slice(-LOOK_BACK).reverse();
  for (const word of before) {
    const role = ROLE_OF[word];
    if (role) return role;
    // A capitalised word or a possessive between the preposition and the place is part of its
    // phrase ("from the city's"); anything else ends the look back.
    if (!/['’]s$/.test(word) && !PHRASE_WORDS.has(word)) return "none";
  }
  return "none";
}

/** Two places in roles both sentences give, and different: two details, not rival values. */
export function playDifferentRoles(a: PlaceRole, b: PlaceRole): boolean {
  return a !== "none" && b !== "none" && a !== b;
}
