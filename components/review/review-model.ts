// What the review form needs to know about a comparison, computed on the server and handed
// to the client island as plain data (a few strings per group, not the whole comparison), and
// the one function that turns the editor's form into the edits the API takes.
import type { Comparison, ConflictType, GroupReview, Kind, ReviewEdit, SourceValue } from "@/lib/types";
import { numberFacts } from "@/lib/comparison/number-facts";
import { buildPageData, readMember } from "../comparison/page-model";

export interface ReviewGroupItem {
  id: string;
  position: number;
  kind: Kind;
  sourceIds: string[];
  text: string;
  conflict: { type: ConflictType; values: SourceValue[] } | null;
  review: GroupReview | null;
}

export interface ReviewModel {
  comparisonId: string;
  baseRevision: number;
  summary: string;
  sources: { id: string; label: string }[];
  groups: ReviewGroupItem[];
  sentences: { id: string; label: string }[];
}

const clip = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export function buildReviewModel(comparison: Comparison, comparisonId: string, baseRevision: number): ReviewModel {
  const data = buildPageData("", comparison);
  const numbers = numberFacts(comparison.groups);
  return {
    comparisonId,
    baseRevision,
    summary: comparison.review?.note ?? "",
    sources: comparison.sources.map((s) => ({ id: s.id, label: data.label(s.id) })),
    groups: comparison.groups.map((g) => ({
      id: g.id,
      position: numbers.get(g.id) ?? 0,
      kind: g.kind,
      sourceIds: g.members.map((m) => m.sourceId),
      text: clip(g.members[0] ? readMember(data, g.members[0].sentenceIds) : "", 240),
      conflict: g.conflicts[0] ?? null,
      review: g.review ?? null,
    })),
    sentences: comparison.sources.flatMap((s) =>
      s.sentences.map((x, i) => ({ id: x.id, label: `${data.label(s.id)}, sentence ${i + 1}: ${clip(x.text, 90)}` })),
    ),
  };
}

export interface GroupChoice {
  decision: "none" | "confirm" | "reject";
  kind: Kind;
  conflictType: ConflictType;
  values: Record<string, string>;
  note: string;
}

export interface ReviewForm {
  editor: string;
  summary: string;
  groups: Record<string, GroupChoice>;
  /** `to` is a group id, or "" for a statement of its own (unlink). */
  moves: { sentenceId: string; to: string }[];
  merges: { groupId: string; otherGroupId: string }[];
}

export function startForm(model: ReviewModel): ReviewForm {
  const groups: Record<string, GroupChoice> = {};
  for (const g of model.groups) {
    const values = Object.fromEntries(g.sourceIds.map((id) => [id, g.conflict?.values.find((v) => v.sourceId === id)?.text ?? ""]));
    groups[g.id] = { decision: "none", kind: g.kind, conflictType: g.conflict?.type ?? "other", values, note: g.review?.note ?? "" };
  }
  return { editor: "", summary: model.summary, groups, moves: [], merges: [] };
}

/** Group decisions first (they name groups as they are now), then merges and moves, then the summary. */
export function buildEdits(model: ReviewModel, form: ReviewForm): ReviewEdit[] {
  const edits: ReviewEdit[] = [];
  for (const g of model.groups) {
    const choice = form.groups[g.id];
    if (!choice) continue;
    if (choice.decision === "confirm") edits.push({ op: "confirm", groupId: g.id });
    if (choice.decision === "reject") edits.push({ op: "reject", groupId: g.id });
    else if (g.sourceIds.length > 1) edits.push(...kindEdits(g, choice));
    if (choice.note.trim() !== (g.review?.note ?? "")) edits.push({ op: "note", groupId: g.id, text: choice.note });
  }
  for (const { groupId, otherGroupId } of form.merges) edits.push({ op: "merge", groupId, otherGroupId });
  for (const move of form.moves) {
    edits.push(move.to ? { op: "link", sentenceId: move.sentenceId, groupId: move.to } : { op: "unlink", sentenceId: move.sentenceId });
  }
  if (form.summary.trim() !== model.summary) edits.push({ op: "summary", text: form.summary });
  return edits;
}

function kindEdits(g: ReviewGroupItem, choice: GroupChoice): ReviewEdit[] {
  if (choice.kind !== "conflict") return choice.kind === g.kind ? [] : [{ op: "retype", groupId: g.id, kind: choice.kind }];
  // A value the operator leaves as it was keeps the place the engine found it (its span).
  const values = g.sourceIds
    .map((sourceId) => {
      const text = (choice.values[sourceId] ?? "").trim();
      const span = g.conflict?.values.find((v) => v.sourceId === sourceId && v.text === text)?.span;
      return span ? { sourceId, text, span } : { sourceId, text };
    })
    .filter((v) => v.text);
  const conflict = { type: choice.conflictType, values };
  const sameValues = (a: readonly SourceValue[], b: readonly SourceValue[]) => a.length === b.length && a.every((v, k) => v.sourceId === b[k]!.sourceId && v.text === b[k]!.text);
  if (g.conflict && g.conflict.type === conflict.type && sameValues(g.conflict.values, values)) return [];
  return [{ op: "set-conflict", groupId: g.id, ...(g.conflict ? { index: 0 } : {}), conflict }];
}
