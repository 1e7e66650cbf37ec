import type { Comparison, Group, GroupReview } from "../types";
import { readMember, type ExportIndex } from "./index-comparison";

// The editor's part of the Markdown report: which revision this is and who saved it, the
// summary note, every group note next to the fact it belongs to, and a "Reviewed" mark on
// each reviewed fact, in words, so it survives any renderer and a plain-text paste.

type Escape = (text: string) => string;

const STATUS_WORDS: Readonly<Record<GroupReview["status"], string>> = {
  confirmed: "confirmed",
  edited: "corrected",
  noted: "annotated",
};

/** " · Reviewed (corrected)" after a reviewed fact; nothing after one the machine alone made. */
export function formatReviewMark(group: Group): string {
  return group.review ? ` · Reviewed (${STATUS_WORDS[group.review.status]})` : "";
}

export function formatReviewSection(comparison: Comparison, index: ExportIndex, escape: Escape): string[] {
  const review = comparison.review;
  if (!review) return [];
  const by = review.editor ? ` by ${escape(review.editor)}` : "";
  const lines = [
    "## Editor's review",
    "",
    `Revision ${review.revision}, saved ${review.savedAt.slice(0, 16).replace("T", " ")} UTC${by}, based on revision ${review.basedOn}. ` +
      `${comparison.groups.filter((g) => g.review).length} facts reviewed.`,
    "",
  ];
  if (review.note) lines.push(`**Summary:** ${escape(review.note)}`, "");
  const noted = comparison.groups.filter((g) => g.review?.note);
  if (noted.length > 0) {
    lines.push("### Editor's notes", "");
    for (const group of noted) {
      const fact = group.members[0] ? readMember(index, group.members[0]) : "";
      lines.push(`- **${group.id}** (${group.kind}) “${escape(fact)}”: ${escape(group.review!.note!)}`);
    }
    lines.push("");
  }
  return lines;
}

/** A group's note, under the group where the report shows it. */
export function formatGroupNote(group: Group, escape: Escape): string[] {
  return group.review?.note ? [`*Editor's note:* ${escape(group.review.note)}`, ""] : [];
}
