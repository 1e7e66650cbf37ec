import { indexSentences, readMemberText } from "../../lib/comparison/read-member";
import type { Comparison, Group, Source } from "../../lib/types";

// The human-readable report of `compare` without --json: conflicts first (they are what an
// editor checks), then shared facts, then what each source alone says.

const LINE = "─".repeat(72);

export function formatReport(c: Comparison): string {
  const out: string[] = [];
  const byId = new Map(c.sources.map((s) => [s.id, s]));
  // Each member's own words: in version 2 its spans, never the rest of a two-fact sentence.
  const sentences = indexSentences(c);
  const label = (s: Source | undefined) => (s ? `${s.id} ${s.outlet ?? s.title ?? "(unknown outlet)"}` : "?");
  out.push(`Parallax comparison of ${c.sources.length} sources`, LINE);
  for (const s of c.sources) {
    // Without an outlet the label already is the title; it is not repeated.
    const title = s.title && s.outlet ? ` — ${s.title}` : "";
    out.push(`${label(s)}${title}: ${s.sentences.length} sentences, ${s.removed.length} items removed in cleaning`);
  }
  out.push(`Facts: ${c.stats.shared} shared, ${c.stats.conflict} conflicting, ${c.stats.unique} unique`);
  for (const w of c.warnings) out.push(`warning: ${w}`);
  const section = (title: string, groups: Group[], body: (g: Group) => string[]) => {
    if (!groups.length) return;
    out.push("", `${title} (${groups.length})`, LINE);
    for (const g of groups) out.push(...body(g), "");
  };
  const members = (g: Group) =>
    g.members.map((m) => `  [${label(byId.get(m.sourceId))}] ${readMemberText(m, sentences)}`);
  section("CONFLICTS", c.groups.filter((g) => g.kind === "conflict"), (g) => [
    `${g.id} (score ${g.score.toFixed(2)})`,
    ...g.conflicts.map((x) => `  ! ${x.type}: ${x.values.map((v) => `${v.sourceId} "${v.text}"`).join(" vs ")}`),
    ...members(g),
  ]);
  section("SHARED", c.groups.filter((g) => g.kind === "shared"), (g) => [
    `${g.id} (score ${g.score.toFixed(2)})${g.variants.length ? `  variants: ${g.variants.map((v) => v.values.map((x) => x.text).join(" / ")).join("; ")}` : ""}`,
    ...members(g),
  ]);
  for (const s of c.sources) {
    section(`ONLY IN ${label(s)}`, c.groups.filter((g) => g.kind === "unique" && g.members[0]?.sourceId === s.id), (g) => [
      `${g.id}: ${readMemberText(g.members[0]!, sentences)}`,
    ]);
  }
  return out.join("\n").replace(/\n{3,}/g, "\n\n").trimEnd() + "\n";
}
