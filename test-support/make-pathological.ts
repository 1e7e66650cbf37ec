import { createRandom } from "./make-synthetic";

// Hostile shapes for the engine's bounds tests (issue 3): each one aims at a kind of work that
// can grow faster than its input (regex backtracking, diff edit distance, per-token lookups).
// `make(n)` returns about n characters; the same n always gives the same text.

export interface PathologicalShape {
  name: string;
  make: (n: number) => string;
}

const SENTENCE = "The council approved the new budget on Monday.";

function fill(unit: string, n: number): string {
  return unit.repeat(Math.max(1, Math.ceil(n / unit.length))).slice(0, n);
}

function randomWords(n: number, seed: number): string {
  const random = createRandom(seed);
  const words = ["Mayor", "said", "the", "bridge", "12", "closed", "Tuesday", "(", ")", ",", "—", "“", "”", "'s", "head", "of", "KGB", "who", "known", "as"];
  let out = "";
  while (out.length < n) out += words[Math.floor(random() * words.length)] + (random() < 0.8 ? " " : "");
  return out.slice(0, n);
}

export const PATHOLOGICAL_SHAPES: readonly PathologicalShape[] = [
  { name: "one letter", make: (n) => fill("a", n) },
  { name: "capital word", make: (n) => "X" + fill("a", n - 1) },
  { name: "straight quotes", make: (n) => fill('"', n - SENTENCE.length - 1) + " " + SENTENCE },
  { name: "curly quotes", make: (n) => fill("“", n - SENTENCE.length - 1) + " " + SENTENCE },
  { name: "alternating marks", make: (n) => fill(".,;:!?-", n) },
  { name: "word, comma", make: (n) => fill("Ab, ", n) },
  { name: "short sentences", make: (n) => fill("A b. ", n) },
  { name: "nested brackets", make: (n) => fill("(", n / 2) + fill(")", n / 2) },
  { name: "spaced dashes", make: (n) => fill(" — a", n) },
  { name: "digits", make: (n) => fill("1", n) },
  { name: "digits and commas", make: (n) => fill("1,", n) },
  { name: "single openers", make: (n) => fill(" 'ab ‘cd", n) },
  { name: "mixed quotes", make: (n) => fill("«‘“\"'”’»", n) },
  { name: "tags", make: (n) => fill("<b>", n) },
  { name: "markdown", make: (n) => fill("*[_#`", n) },
  { name: "newlines", make: (n) => fill("a\n", n) },
  { name: "random words", make: (n) => randomWords(n, n) },
];
