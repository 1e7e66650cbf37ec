// How `npm run eval` shows scores: a readable block per case, a table for many cases, and one
// JSON line per run so that scripts and CI can read the same figures.

import type { GoldScore } from "./gold-types";

export interface CaseResult {
  name: string;
  sources: number;
  ms: number;
  score: GoldScore | null;
  /** Why the case could not be scored (bad gold file, engine fault). */
  error: string | null;
}

const MAX_PROBLEMS_SHOWN = 25;

export function formatScoreBlock(result: CaseResult): string {
  const { name, sources, ms, score, error } = result;
  const head = `${name} (${sources} sources, ${Math.round(ms)} ms)`;
  if (!score) return `${head}\n  error: ${error ?? "not scored"}\n`;
  const { links, kinds, conflicts, unique, cleaning } = score;
  const lines = [
    head,
    `  links      F1 ${formatFigure(links.f1)}  (precision ${formatFigure(links.precision)}, recall ${formatFigure(links.recall)}; ${links.tp} right of ${links.found} found, ${links.gold} in gold)`,
    `  kinds      ${kinds.correct}/${kinds.multiSourceGroups} multi-source groups of the right kind (${formatFigure(kinds.accuracy)})`,
    `  conflicts  ${conflicts.found}/${conflicts.gold} found, ${conflicts.typed} typed right, ${conflicts.falseConflictGroups} false`,
    `  unique     ${unique.kept}/${unique.gold} kept unique (${formatFigure(unique.recall)})`,
    `  cleaning   ${cleaning.ok}/${cleaning.checks} checks passed (${formatFigure(cleaning.share)})`,
    `  partition  ${score.partitionErrors} error(s)`,
  ];
  if (score.problems.length) {
    lines.push("  problems:");
    for (const p of score.problems.slice(0, MAX_PROBLEMS_SHOWN)) lines.push(`  - ${p}`);
    if (score.problems.length > MAX_PROBLEMS_SHOWN) lines.push(`  - (${score.problems.length - MAX_PROBLEMS_SHOWN} more)`);
  }
  return lines.join("\n") + "\n";
}

interface Column {
  header: string;
  cell: (r: CaseResult, s: GoldScore) => string;
  /** Figures that average meaningfully across cases. */
  mean?: (s: GoldScore) => number;
}

const COLUMNS: Column[] = [
  { header: "src", cell: (r) => String(r.sources) },
  { header: "F1", cell: (_, s) => formatFigure(s.links.f1), mean: (s) => s.links.f1 },
  { header: "prec", cell: (_, s) => formatFigure(s.links.precision), mean: (s) => s.links.precision },
  { header: "recall", cell: (_, s) => formatFigure(s.links.recall), mean: (s) => s.links.recall },
  { header: "kinds", cell: (_, s) => formatFigure(s.kinds.accuracy), mean: (s) => s.kinds.accuracy },
  { header: "confl", cell: (_, s) => `${s.conflicts.found}/${s.conflicts.gold}` },
  { header: "typed", cell: (_, s) => `${s.conflicts.typed}/${s.conflicts.gold}` },
  { header: "false", cell: (_, s) => String(s.conflicts.falseConflictGroups) },
  { header: "unique", cell: (_, s) => formatFigure(s.unique.recall), mean: (s) => s.unique.recall },
  { header: "clean", cell: (_, s) => formatFigure(s.cleaning.share), mean: (s) => s.cleaning.share },
  { header: "part", cell: (_, s) => String(s.partitionErrors) },
  { header: "ms", cell: (r) => String(Math.round(r.ms)) },
];

export function formatScoreTable(results: CaseResult[]): string {
  const scored = results.filter((r): r is CaseResult & { score: GoldScore } => r.score !== null);
  const rows: string[][] = scored.map((r) => [r.name, ...COLUMNS.map((c) => c.cell(r, r.score))]);
  if (scored.length > 1)
    rows.push(["mean", ...COLUMNS.map((c) => (c.mean ? formatFigure(scored.reduce((sum, r) => sum + c.mean!(r.score), 0) / scored.length) : ""))]);
  const header = ["case", ...COLUMNS.map((c) => c.header)];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]?.length ?? 0)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ").trimEnd();
  const failed = results.filter((r) => !r.score).map((r) => `${r.name.padEnd(widths[0]!)}  error: ${r.error ?? "not scored"}`);
  return [line(header), ...rows.map(line), ...failed].join("\n") + "\n";
}

/** The machine-readable twin of a case: figures, timing and problems on one line. */
export function formatJsonRecord(result: CaseResult): Record<string, unknown> {
  const { problems, ...figures } = result.score ?? { problems: [] };
  return { case: result.name, sources: result.sources, ...figures, ms: Math.round(result.ms), problems, error: result.error };
}

function formatFigure(x: number): string {
  return x.toFixed(3);
}
