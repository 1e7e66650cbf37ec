import type { Comparison, Group } from "../types";
import { readIsoDay, stripBidiControls } from "../text/plain-text";
import { describeEvent, labelSource } from "../comparison/name-comparison";
import { formatGroupNote, formatReviewMark, formatReviewSection } from "./format-review-markdown";
import { CONFLICT_LABELS, indexForExport, nameSourceId, readMember, type ExportIndex } from "./index-comparison";

// The report an editor pastes into a memo: what the sources disagree on comes first, each
// detail with every source's own value, then the sentences behind it; shared and unique facts
// follow. Article text is escaped so a stray "*" or "<script>" stays text in any renderer.
// Every quoted passage is the member's own words (lib/comparison/read-member.ts): in version 2
// its spans, so a source is quoted only with what it printed for that fact.

export interface MarkdownOptions {
  /** The comparison's permanent address, printed under the title. */
  url?: string | null;
  title?: string | null;
}

export function formatMarkdownReport(comparison: Comparison, options: MarkdownOptions = {}): string {
  const index = indexForExport(comparison);
  const byKind = (kind: Group["kind"]) => comparison.groups.filter((g) => g.kind === kind);
  const { shared, conflict, unique } = comparison.stats;
  const lines: string[] = [
    `# ${escapeMarkdown(options.title ?? describeEvent(comparison))}`,
    "",
    `Parallax comparison of ${comparison.sources.length} articles, made ${comparison.createdAt.slice(0, 10)}.` +
      (options.url ? ` ${options.url}` : ""),
    "",
    `**${plural(conflict, "conflicting detail")} · ${plural(shared, "shared fact")} · ${plural(unique, "unique fact")}**`,
    "",
    ...formatReviewSection(comparison, index, escapeMarkdown),
    "## Sources",
    "",
    ...comparison.sources.map((s) => `- **${s.id.toUpperCase()} ${escapeMarkdown(labelSource(s))}**${sourceDetails(s)}`),
    "",
    "## Conflicting details",
    "",
    ...orNone(byKind("conflict").flatMap((g, k) => formatConflictGroup(g, k, index)), "No conflicting details."),
    "## Shared facts",
    "",
    ...orNone(byKind("shared").flatMap((g, k) => (comparison.version === 2 ? formatSharedFact(g, k, index) : formatSharedGroup(g, k, index))), "No fact is stated by more than one source."),
    ...(byKind("shared").length > 0 ? [""] : []),
    "## Unique facts",
    "",
    ...orNone(formatUniqueGroups(byKind("unique"), comparison, index), "Every statement appears in at least two sources."),
  ];
  if (comparison.warnings.length > 0) {
    lines.push("## Notes", "", ...comparison.warnings.map((w) => `- ${escapeMarkdown(w)}`), "");
  }
  return `${lines.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd()}\n`;
}

function formatConflictGroup(group: Group, k: number, index: ExportIndex): string[] {
  const heading = [...new Set(group.conflicts.map((c) => CONFLICT_LABELS[c.type]))].join("; ") || CONFLICT_LABELS.other;
  const lines = [`### ${k + 1}. ${heading} (${group.id})${formatReviewMark(group)}`, ""];
  for (const conflict of group.conflicts) {
    if (group.conflicts.length > 1) lines.push(`${CONFLICT_LABELS[conflict.type]}:`, "");
    for (const value of conflict.values) lines.push(`- **${escapeMarkdown(nameSourceId(index, value.sourceId))}:** ${quote(value.text)}`);
    lines.push("");
  }
  for (const member of group.members) {
    lines.push(`> **${escapeMarkdown(nameSourceId(index, member.sourceId))}:** ${escapeMarkdown(readMember(index, member))}`, ">");
  }
  lines.pop();
  lines.push("", ...formatGroupNote(group, escapeMarkdown));
  return lines;
}

function formatSharedGroup(group: Group, k: number, index: ExportIndex): string[] {
  const [first] = group.members;
  const who = group.members.map((m) => escapeMarkdown(nameSourceId(index, m.sourceId))).join(", ");
  const line = `${k + 1}. ${escapeMarkdown(first ? readMember(index, first) : "")} (${who})${formatReviewMark(group)}`;
  const note = group.review?.note ? [`   *Editor's note:* ${escapeMarkdown(group.review.note)}`] : [];
  return [line, ...note];
}

/**
 * Version 2: a shared fact with each source's own words. One sentence for all would credit
 * every source with the first one's wording and with any detail the others left out.
 */
function formatSharedFact(group: Group, k: number, index: ExportIndex): string[] {
  const who = group.members.map((m) => escapeMarkdown(nameSourceId(index, m.sourceId))).join(", ");
  const note = group.review?.note ? [`   *Editor's note:* ${escapeMarkdown(group.review.note)}`] : [];
  return [
    `${k + 1}. Stated by ${who} (${group.id})${formatReviewMark(group)}`,
    ...group.members.map((m) => `   - **${escapeMarkdown(nameSourceId(index, m.sourceId))}:** ${escapeMarkdown(readMember(index, m))}`),
    ...note,
  ];
}

function formatUniqueGroups(groups: readonly Group[], comparison: Comparison, index: ExportIndex): string[] {
  return comparison.sources.flatMap((source) => {
    const own = groups.filter((g) => g.members[0]?.sourceId === source.id);
    if (own.length === 0) return [];
    return [
      `### Only in ${escapeMarkdown(labelSource(source))}`,
      "",
      ...own.flatMap((g) => [
        `- ${escapeMarkdown(g.members[0] ? readMember(index, g.members[0]) : "")}${formatReviewMark(g)}`,
        ...(g.review?.note ? [`  *Editor's note:* ${escapeMarkdown(g.review.note)}`] : []),
      ]),
      "",
    ];
  });
}

function sourceDetails(source: Comparison["sources"][number]): string {
  const parts = [
    source.title ? `“${escapeMarkdown(source.title)}”` : null,
    readIsoDay(source.publishedAt),
    source.url ? `<${source.url.replace(/[<>\s]/g, encodeURIComponent)}>` : null,
  ].filter(Boolean);
  return parts.length > 0 ? `: ${parts.join(", ")}` : "";
}

function orNone(lines: string[], none: string): string[] {
  return lines.length > 0 ? lines : [none, ""];
}

function quote(text: string): string {
  return `“${escapeMarkdown(text)}”`;
}

function plural(n: number, one: string): string {
  return `${n} ${n === 1 ? one : `${one}s`}`;
}

/** Backslash-escapes the characters that would turn article text into markup. */
export function escapeMarkdown(text: string): string {
  return stripBidiControls(text)
    .replace(/\s+/g, " ")
    .replace(/[\\`*_[\]<>|~]/g, "\\$&")
    .replace(/^([#+-]|\d+\.)(?=\s)/, "\\$1");
}
