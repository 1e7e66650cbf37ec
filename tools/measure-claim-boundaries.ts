// How well each way of cutting sentences into claims finds the development set's fact boundaries
// (decision 0175). For every story sentence, the gold quotes of different facts that do not
// overlap need a cut somewhere between them; a cut inside a fact's quote splits one fact. The
// cutters: the engine's named rules (lib/claims), the same rules with wink-nlp's part-of-speech
// tags deciding participles and clause openers, compromise's clause splitter, and no cut at all.
// usage: npx tsx tools/measure-claim-boundaries.ts [--dir ../shared/dev]
import { readdirSync, readFileSync, existsSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import nlp from "compromise";
import winkNLP, { type ItemToken } from "wink-nlp";
import winkModel from "wink-eng-lite-web-model";
import { BOUNDARY_RULES, type BoundaryRule } from "../lib/claims/boundary-rules";
import { splitClaims, type Claim } from "../lib/claims/split-claims";
import { prepareSource } from "../lib/pipeline/prepare-source";
import type { Token } from "../lib/text/tokenize";
import { normalizeForMatch } from "./eval/match-quotes";

const { values } = parseArgs({ options: { dir: { type: "string" } } });
const devDir = path.resolve(values.dir ?? "../shared/dev");
const wink = winkNLP(winkModel);

/** The engine's rules, with wink's tags instead of word lists for participles and clause openers. */
function winkRules(text: string): BoundaryRule[] {
  const tags: { start: number; end: number; pos: string }[] = [];
  let from = 0;
  wink.readDoc(text).tokens().each((t: ItemToken) => {
    const value = t.out() as string;
    const at = text.indexOf(value, from);
    if (at < 0) return;
    tags.push({ start: at, end: at + value.length, pos: t.out(wink.its.pos) as string });
    from = at + value.length;
  });
  const posOf = (t: Token | undefined) => (t ? (tags.find((x) => x.start <= t.start && t.start < x.end)?.pos ?? "") : "");
  const isComma = (t: Token | undefined) => t?.kind === "mark" && t.text === ",";
  const participle: BoundaryRule = (tokens, k) => {
    if (!isComma(tokens[k])) return null;
    const next = posOf(tokens[k + 1]) === "ADV" ? k + 2 : k + 1;
    const word = tokens[next];
    return word && /ing$/i.test(word.text) && posOf(word) === "VERB" ? { rule: "participle tail", cut: k, at: k + 1 } : null;
  };
  const coordinated: BoundaryRule = (tokens, k) => {
    const joinerAt = isComma(tokens[k]) ? k + 1 : k;
    const joiner = tokens[joinerAt]?.text.toLowerCase() ?? "";
    if (!["and", "but", "while", "whereas", "though", "although"].includes(joiner)) return null;
    if (joinerAt === k && joiner !== "while" && joiner !== "whereas") return null;
    let subject = false; // a clause of its own: a subject, then a verb, within six tokens
    for (let m = joinerAt + 1; m < Math.min(tokens.length, joinerAt + 7); m++) {
      const pos = posOf(tokens[m]);
      if (!subject && (pos === "NOUN" || pos === "PROPN" || pos === "PRON")) subject = true;
      else if (subject && (pos === "VERB" || pos === "AUX")) return { rule: "coordinated clauses", cut: k, at: joinerAt + 1 };
      else if (pos === "PUNCT") return null;
    }
    return null;
  };
  const [semicolon, , , relative] = BOUNDARY_RULES;
  return [semicolon!, participle, coordinated, relative!];
}

function compromiseClauses(text: string): Claim[] {
  const claims: Claim[] = [];
  let from = 0;
  for (const clause of nlp(text).clauses().out("array") as string[]) {
    const at = text.indexOf(clause.trim(), from);
    if (at < 0) continue;
    claims.push({ start: at, end: at + clause.trim().length, rule: claims.length ? "clause" : null });
    from = at + clause.trim().length;
  }
  return claims.length ? claims : [{ start: 0, end: text.length, rule: null }];
}

const CUTTERS: Record<string, (text: string) => readonly Claim[]> = {
  "named rules (shipped)": (text) => splitClaims(text),
  "rules + wink-nlp tags": (text) => splitClaims(text, winkRules(text)),
  "compromise clauses": compromiseClauses,
  "no cut": (text) => [{ start: 0, end: text.length, rule: null }],
};

interface Quote { fact: number; from: number; to: number }

/** Where each gold quote of this article stands in the sentence (offsets of the folded text). */
function placeQuotes(gold: { groups: { members: { article: string; quotes: string[] }[] }[] }, article: string, folded: string): Quote[] {
  const found: Quote[] = [];
  gold.groups.forEach((g, fact) => {
    for (const m of g.members) if (m.article === article) for (const q of m.quotes) {
      const quote = normalizeForMatch(q);
      const at = folded.indexOf(quote);
      if (at >= 0) found.push({ fact, from: at, to: at + quote.length });
    }
  });
  return found.sort((a, b) => a.from - b.from);
}

const totals = Object.fromEntries(Object.keys(CUTTERS).map((name) => [name, { needed: 0, found: 0, cuts: 0, inside: 0, claims: 0, ms: 0 }]));
const events = readdirSync(devDir).filter((e) => existsSync(path.join(devDir, e, "gold.json"))).sort();
for (const event of events) {
  const gold = JSON.parse(readFileSync(path.join(devDir, event, "gold.json"), "utf8"));
  gold.articles.forEach((article: { id: string; file: string }, k: number) => {
    const text = readFileSync(path.join(devDir, event, article.file), "utf8");
    for (const sentence of prepareSource({ text, format: "text", outlet: null, url: null, publishedAt: null }, k).sentences) {
      const folded = normalizeForMatch(sentence.text);
      const quotes = placeQuotes(gold, article.id, folded);
      if (quotes.length === 0) continue;
      const gaps: [number, number][] = [];
      for (let i = 0; i + 1 < quotes.length; i++) if (quotes[i]!.fact !== quotes[i + 1]!.fact && quotes[i]!.to <= quotes[i + 1]!.from) gaps.push([quotes[i]!.to, quotes[i + 1]!.from]);
      for (const [name, cut] of Object.entries(CUTTERS)) {
        const started = performance.now();
        const claims = cut(sentence.text);
        const t = totals[name]!;
        t.ms += performance.now() - started;
        // A cut's place in the folded text: the folded length of the text before it.
        const cuts = claims.slice(1).map((c) => normalizeForMatch(sentence.text.slice(0, c.start)).length);
        t.claims += claims.length;
        t.cuts += cuts.length;
        t.inside += cuts.filter((c) => quotes.some((q) => q.from < c && c < q.to - 1)).length;
        t.needed += gaps.length;
        t.found += gaps.filter(([a, b]) => cuts.some((c) => c >= a && c <= b + 1)).length;
      }
    }
  });
}
console.log("cutter                   needed cuts found      cuts  inside a quote   boundary F   claims   time");
for (const [name, t] of Object.entries(totals)) {
  const recall = t.needed ? t.found / t.needed : 0, precision = t.cuts ? 1 - t.inside / t.cuts : 1;
  const f = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  console.log(`${name.padEnd(24)} ${`${t.found}/${t.needed}`.padStart(8)} (R ${recall.toFixed(2)})  ${String(t.cuts).padStart(5)}  ${String(t.inside).padStart(5)} (P ${precision.toFixed(2)})   ${f.toFixed(3)}     ${String(t.claims).padStart(5)}  ${t.ms.toFixed(0)} ms`);
}
