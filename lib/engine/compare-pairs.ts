import { DEFAULT_ALIGN_OPTIONS } from "../align/align-sentences";
import { judgePair } from "../align/pair-judge";
import { InputError } from "../errors";
import { analyzeSentence } from "../normalize/analyze-sentence";
import { prepareVerbatim } from "../pipeline/prepare-source";
import type { EngineDeps, Kind } from "../types";
import type { Engine } from "./create-engine";
import { defaultEngine } from "./default-engine";

// Pair mode (contract): each sentence pair is compared as two one-sentence sources by the same
// engine as articles, so the MSRP figures measure the real "same statement?" decision.

export interface PairRow {
  label: 0 | 1 | null;
  id1: string;
  id2: string;
  text1: string;
  text2: string;
}

export interface PairResult {
  id1: string;
  id2: string;
  kind: Kind;
  score: number;
}

/** MSRP layout: header line, then label TAB id1 TAB id2 TAB sentence1 TAB sentence2. */
export function parsePairsTsv(tsv: string): PairRow[] {
  const lines = tsv.replace(/^\uFEFF/, "").split(/\r?\n/).filter((l) => l.trim());
  const rows: PairRow[] = [];
  lines.slice(1).forEach((line, k) => {
    const cols = line.split("\t");
    if (cols.length < 5) throw new InputError("invalid", `line ${k + 2}: expected 5 tab-separated columns, found ${cols.length}`);
    const [label, id1, id2, text1, text2] = cols as [string, string, string, string, string];
    rows.push({ label: label === "1" ? 1 : label === "0" ? 0 : null, id1, id2, text1, text2 });
  });
  return rows;
}

// Two lone sentences have no article around them, so the article-context link model has nothing
// to add. Whether they state the same fact is the pair judgement's decision (decisions 0150, 0165);
// its graded score is the pair's score, so pairs judged different keep their ranking. The engine, with every
// gate open, only says which kind a same-fact pair is: shared, or in conflict.
const PAIR_OPTIONS = { ...DEFAULT_ALIGN_OPTIONS, minPairScore: 0, linkThreshold: 0 };

export function comparePair(row: PairRow, deps: EngineDeps, engine: Engine = defaultEngine): PairResult {
  const ctx = { publishedAt: null };
  const { same, score } = judgePair(analyzeSentence(row.text1, ctx), analyzeSentence(row.text2, ctx));
  if (!same) return { id1: row.id1, id2: row.id2, kind: "unique", score };
  const c = engine.compare([{ text: row.text1 }, { text: row.text2 }], deps, { prepare: prepareVerbatim, align: PAIR_OPTIONS });
  const linked = c.groups.find((g) => g.members.length > 1);
  return { id1: row.id1, id2: row.id2, kind: linked?.kind === "conflict" ? "conflict" : "shared", score };
}

export function formatPairLine(r: PairResult): string {
  return `${r.id1}\t${r.id2}\t${r.kind}\t${r.score.toFixed(3)}`;
}
