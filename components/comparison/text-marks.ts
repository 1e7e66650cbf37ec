// Where to mark a member's text in the facts view: the words `diff` says differ, the conflicting
// values, and spelling variants. Ranges index into the text exactly as the page shows it.
import type { Group, SourceValue, Span } from "@/lib/types";

export type MarkType = "diff" | "value" | "variant" | "fact";

export interface TextMark {
  start: number;
  end: number;
  type: MarkType;
}

export interface TextSegment {
  text: string;
  types: ReadonlySet<MarkType>;
}

/**
 * Differing words of one member. `diff` holds ops against the first member: for another member
 * its own words are the kept (0) and added (1) ops; for the first member they are the kept (0)
 * and dropped (-1) ops of every entry. When the ops do not spell out the text as shown, the
 * member gets no diff marks rather than wrong ones.
 */
export function findDiffMarks(group: Group, sourceId: string, text: string): TextMark[] {
  if (!group.diff) return [];
  const isFirst = group.members[0]?.sourceId === sourceId;
  const entries = isFirst ? group.diff : group.diff.filter((entry) => entry.sourceId === sourceId);
  const own = isFirst ? -1 : 1;
  const marks: TextMark[] = [];
  for (const entry of entries) {
    let spelled = "";
    const found: TextMark[] = [];
    for (const [op, part] of entry.ops) {
      if (op === -own) continue;
      if (op === own && part.trim()) found.push({ start: spelled.length, end: spelled.length + part.length, type: "diff" });
      spelled += part;
    }
    if (spelled === text) marks.push(...found);
  }
  return marks;
}

/** Every occurrence of each value in the text, case-insensitively. */
export function findValueMarks(text: string, values: readonly string[], type: MarkType): TextMark[] {
  const haystack = text.toLowerCase();
  const marks: TextMark[] = [];
  for (const value of new Set(values.map((v) => v.trim()).filter((v) => v.length > 1))) {
    const needle = value.toLowerCase();
    for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
      marks.push({ start: at, end: at + needle.length, type });
    }
  }
  return marks;
}

/** A member's sentences in the order its text joins them, one space apart. */
export type JoinedSentences = readonly { id: string; text: string }[];

/** Where a span falls in the joined text, when its sentence is one of them and it fits. */
function placeSpan(span: Span, sentences: JoinedSentences): { start: number; end: number } | null {
  let at = 0;
  for (const sentence of sentences) {
    if (sentence.id === span.sentenceId) {
      return span.start >= 0 && span.start < span.end && span.end <= sentence.text.length ? { start: at + span.start, end: at + span.end } : null;
    }
    at += sentence.text.length + 1;
  }
  return null;
}

/**
 * The member's own values: each at its span when it has one (the place the engine read it), so
 * a value written twice in a sentence is marked where it was stated. Only a value without a
 * span (comparisons stored before spans) is searched for in the text.
 */
function markOwnValues(values: readonly SourceValue[], text: string, type: MarkType, sentences: JoinedSentences | undefined): TextMark[] {
  const marks: TextMark[] = [];
  const unplaced: string[] = [];
  for (const value of values) {
    const place = value.span && sentences ? placeSpan(value.span, sentences) : null;
    if (place) marks.push({ ...place, type });
    else unplaced.push(value.text);
  }
  return [...marks, ...findValueMarks(text, unplaced, type)];
}

/** All marks of one member of a group; `sentences` (as joined into `text`) place the value spans. */
export function markMember(group: Group, sourceId: string, text: string, sentences?: JoinedSentences): TextMark[] {
  const ownValues = (list: readonly { values: readonly SourceValue[] }[]) => list.flatMap((item) => item.values.filter((value) => value.sourceId === sourceId));
  return [
    ...findDiffMarks(group, sourceId, text),
    ...markOwnValues(ownValues(group.conflicts), text, "value", sentences),
    ...markOwnValues(ownValues(group.variants), text, "variant", sentences),
  ];
}

/** The text cut at every mark boundary, each piece with the marks that cover it. */
export function segmentText(text: string, marks: readonly TextMark[]): TextSegment[] {
  const cuts = new Set([0, text.length]);
  for (const mark of marks) {
    cuts.add(Math.max(0, Math.min(mark.start, text.length)));
    cuts.add(Math.max(0, Math.min(mark.end, text.length)));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const start = points[i]!;
    const end = points[i + 1]!;
    const types = new Set(marks.filter((mark) => mark.start <= start && mark.end >= end).map((mark) => mark.type));
    const previous = segments.at(-1);
    if (previous && sameTypes(previous.types, types)) previous.text += text.slice(start, end);
    else segments.push({ text: text.slice(start, end), types });
  }
  return segments;
}

function sameTypes(a: ReadonlySet<MarkType>, b: ReadonlySet<MarkType>): boolean {
  return a.size === b.size && [...a].every((type) => b.has(type));
}

/**
 * Whether the diff marks cover most of the text (over 80% of its letters). Underlining a
 * sentence that was reworded end to end tells the reader nothing, so the page says
 * "worded differently" instead.
 */
export function isReworded(text: string, marks: readonly TextMark[]): boolean {
  const letters = (from: number, to: number) => (text.slice(from, to).match(/[\p{L}\p{N}]/gu) ?? []).length;
  const total = letters(0, text.length);
  if (total === 0) return false;
  const covered = segmentText(text, marks.filter((mark) => mark.type === "diff"))
    .reduce((sum, segment) => sum + (segment.types.has("diff") ? (segment.text.match(/[\p{L}\p{N}]/gu) ?? []).length : 0), 0);
  return covered / total > 0.8;
}
