import type { Comparison, Group } from "../types";
import { stripBidiControls } from "../text/plain-text";
import { labelSource } from "../comparison/name-comparison";
import { CONFLICT_LABELS, indexForExport, nameSourceId, readMember, type ExportIndex } from "./index-comparison";

// One row per group, one column per source with what it says there, so a spreadsheet shows
// the comparison as a table. RFC 4180 quoting and CRLF; a byte-order mark so spreadsheet
// programs read the UTF-8 correctly. Cells that a spreadsheet would run as a formula are
// prefixed with an apostrophe (CSV injection). A reviewed revision gets two more columns at
// the end (review status, editor's note), so existing readers of machine results see no change.

const BOM = "\uFEFF";

export function formatCsv(comparison: Comparison): string {
  const index = indexForExport(comparison);
  const header = [
    "group",
    "kind",
    "score",
    "conflict_types",
    "conflicting_values",
    ...comparison.sources.map((s) => `${s.id} ${labelSource(s)}`),
    ...(comparison.review ? ["reviewed", "editor_note"] : []),
  ];
  const rows = comparison.groups.map((group) => formatRow(group, comparison, index));
  return BOM + [header, ...rows].map((cells) => cells.map(escapeCell).join(",")).join("\r\n") + "\r\n";
}

function formatRow(group: Group, comparison: Comparison, index: ExportIndex): string[] {
  const bySource = new Map(group.members.map((m) => [m.sourceId, readMember(index, m)]));
  return [
    group.id,
    group.kind,
    group.score.toFixed(3),
    group.conflicts.map((c) => c.type).join("; "),
    group.conflicts
      .map((c) => `${CONFLICT_LABELS[c.type]}: ${c.values.map((v) => `${nameSourceId(index, v.sourceId)} “${v.text}”`).join(" vs ")}`)
      .join("; "),
    ...comparison.sources.map((s) => bySource.get(s.id) ?? ""),
    ...(comparison.review ? [group.review?.status ?? "", group.review?.note ?? ""] : []),
  ];
}

export function escapeCell(raw: string): string {
  // A bidi override in one cell would reorder every cell after it on a text viewer's line.
  const value = stripBidiControls(raw);
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
