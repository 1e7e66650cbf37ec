// Hand-curated news synonyms that WordNet 3.1 does not link through any common sense.
// WordNet files "deny" (refuse a request; contradict a claim) and "reject"/"turn down" in
// different synsets, and "slay" under "murder" rather than "kill", yet outlets swap exactly
// these words when they report one event ("the request was denied" / "rejected"; "killed" /
// "slain"). Each group below becomes one extra synset key ("+" + first lemma), so lookups of
// any member share it. Keep this list short and only for words that news copy uses
// interchangeably; it is checked by lexicon.test.ts.
//
// Deliberately NOT here: "meeting" ~ "talks". A meeting is an event and talks are its
// content; WordNet keeps them apart and so do we, so "met" and "held talks" align on the
// rest of the sentence rather than on a forced synonym.

export const NEWS_SYNONYMS: readonly (readonly string[])[] = [
  ["reject", "deny", "refuse", "decline", "turn down", "rebuff", "dismiss"],
  ["kill", "slay", "murder"],
  // A death toll is reported as "27 were killed", "27 died", "27 dead" or "a toll of 27".
  ["die", "dead", "death", "kill", "toll", "perish", "fatality"],
  ["say", "state", "tell", "declare", "remark"],
  ["emphasize", "emphasise", "stress", "underline", "underscore"],
  ["negotiation", "talks"],
  ["help", "assist", "aid", "support"],
  ["seek", "request", "ask for"],
  ["broker", "mediate"],
  ["troops", "forces", "soldiers"],
  ["deaths", "fatalities"], // not "casualties": that counts the wounded too
  ["wounded", "injured", "hurt"],
  ["summit", "meeting"],
  ["ceasefire", "truce", "armistice"],
  // A leader's "efforts", "initiative", "bid" or "push" name one undertaking in news copy.
  ["effort", "initiative", "bid", "push", "drive", "endeavour", "endeavor"],
];
