// What the in-place editor shows: every fact with every member source's sentences, and how the
// pending edits would change them before they are saved (a preview the server's classify step
// settles on save). Built in the browser from the revision's JSON, fetched when Edit is pressed,
// so the read-only page carries none of it.
import { numberFacts } from "@/lib/comparison/number-facts";
import { createChangeNames, type ChangeNames } from "@/lib/review/name-changes";
import type { Comparison, Conflict, ContractVersion, Group, Kind, ReviewEdit, Span } from "@/lib/types";
import { labelSource } from "../comparison/comparison-index";

export interface EditorSentence {
  id: string;
  sourceId: string;
  /** 1-based place in its source. */
  number: number;
  text: string;
}

export interface EditorFact {
  id: string;
  number: number;
  kind: Kind;
  /** Source id → its sentence ids in this fact, in reading order. */
  members: ReadonlyMap<string, readonly string[]>;
  conflict: Conflict | null;
  note: string;
}

export interface EditorModel {
  comparisonId: string;
  baseRevision: number;
  /** Version 1 moves a linked sentence out of its one group; version 2 adds it to one more fact. */
  version: ContractVersion;
  /** Version 2: sentence id → the marked parts of a sentence that states several facts, in reading order. */
  parts: ReadonlyMap<string, readonly Span[]>;
  sources: { id: string; label: string }[];
  facts: EditorFact[];
  sentences: ReadonlyMap<string, EditorSentence>;
  names: ChangeNames;
}

export function buildEditorModel(comparison: Comparison, comparisonId: string, baseRevision: number): EditorModel {
  const numbers = numberFacts(comparison.groups);
  return {
    comparisonId,
    baseRevision,
    version: comparison.version,
    parts: collectParts(comparison.groups),
    sources: comparison.sources.map((source) => ({ id: source.id, label: labelSource(source) })),
    facts: comparison.groups.map((group) => ({
      id: group.id,
      number: numbers.get(group.id) ?? 0,
      kind: group.kind,
      members: new Map(group.members.map((m) => [m.sourceId, m.sentenceIds] as const)),
      conflict: group.conflicts[0] ?? null,
      note: group.review?.note ?? "",
    })),
    sentences: new Map(comparison.sources.flatMap((s) => s.sentences.map((x, i) => [x.id, { id: x.id, sourceId: s.id, number: i + 1, text: x.text }] as const))),
    // Before saving, the page the editor reads is the revision edited: its numbers are the ones to use.
    names: createChangeNames(comparison, comparison.groups),
  };
}

/** Each sentence's distinct spans over all its facts, kept only where there are two or more to choose from. */
function collectParts(groups: readonly Group[]): Map<string, Span[]> {
  const parts = new Map<string, Span[]>();
  for (const span of groups.flatMap((g) => g.members.flatMap((m) => m.spans ?? []))) {
    const known = parts.get(span.sentenceId) ?? [];
    if (!known.some((s) => s.start === span.start && s.end === span.end)) parts.set(span.sentenceId, [...known, span]);
  }
  for (const [id, spans] of parts) {
    if (spans.length < 2) parts.delete(id);
    else spans.sort((a, b) => a.start - b.start || a.end - b.end);
  }
  return parts;
}

export interface FactPreview extends EditorFact {
  decision: "confirm" | "reject" | null;
  /** Sentences a pending link brings in, and those a pending unlink takes out (shown struck). */
  linked: ReadonlySet<string>;
  unlinked: ReadonlySet<string>;
  changed: boolean;
  /** A fact a pending split makes: the fact it leaves, and the edit that makes it. */
  split?: { from: FactPreview; edit: ReviewEdit };
}

type Working = Omit<FactPreview, "members" | "linked" | "unlinked"> & { members: Map<string, readonly string[]>; linked: Set<string>; unlinked: Set<string> };

/** The facts as they would be once the pending edits are saved (membership, kind, conflict, note). */
export function previewFacts(model: EditorModel, edits: readonly ReviewEdit[]): FactPreview[] {
  const facts = new Map<string, Working>(
    model.facts.map((fact) => [fact.id, { ...fact, members: new Map(fact.members), decision: null, linked: new Set(), unlinked: new Set(), changed: false }]),
  );
  const homeOf = (sentenceId: string) => [...facts.values()].find((f) => [...f.members.values()].some((ids) => ids.includes(sentenceId)));
  const splits: Working[] = [];
  for (const [at, edit] of edits.entries()) {
    if (edit.op === "summary") continue;
    if (edit.op === "split") {
      const from = facts.get(edit.groupId);
      if (from) splits.push(splitFact(model, from, edit, at));
      continue;
    }
    if (edit.op === "merge") {
      mergeFacts(model, facts.get(edit.otherGroupId), facts.get(edit.groupId));
      continue;
    }
    // A version-2 unlink names the fact it leaves; a version-1 one may leave that to the sentence's one group.
    const fact = edit.op === "unlink" && !edit.groupId ? homeOf(edit.sentenceId) : facts.get(edit.groupId!);
    if (!fact) continue;
    fact.changed = true;
    if (edit.op === "unlink") fact.unlinked.add(edit.sentenceId);
    else if (edit.op === "confirm" || edit.op === "reject") fact.decision = edit.op;
    else if (edit.op === "retype") fact.kind = edit.kind;
    else if (edit.op === "set-conflict") Object.assign(fact, { kind: "conflict", conflict: edit.conflict });
    else if (edit.op === "note") fact.note = edit.text.trim();
    // In version 2 the sentence (or its part) also states the target fact and keeps its others.
    else if (edit.op === "link") moveSentence(model, model.version === 2 ? undefined : homeOf(edit.sentenceId), fact, edit.sentenceId);
  }
  // A split's new fact is listed right after the fact it leaves, as the server numbers it.
  return [...facts.values()].flatMap((fact) => [fact, ...splits.filter((x) => x.split!.from === fact)]);
}

/** The sentences leave `from` as a new fact, one or more sources' worth (shared until the server reads it). */
function splitFact(model: EditorModel, from: Working, edit: Extract<ReviewEdit, { op: "split" }>, at: number): Working {
  const fresh: Working = {
    id: `${from.id}-split-${at}`, number: from.number, kind: "unique", members: new Map(), conflict: null, note: "",
    decision: null, linked: new Set(), unlinked: new Set(), changed: true, split: { from, edit },
  };
  for (const id of edit.sentenceIds) moveSentence(model, from, fresh, id);
  if (fresh.members.size > 1) fresh.kind = "shared";
  if (from.members.size < 2) from.kind = "unique";
  from.changed = true;
  return fresh;
}

/** Every sentence of `from` joins `to`, which the server then classifies as one fact. */
function mergeFacts(model: EditorModel, from: Working | undefined, to: Working | undefined): void {
  if (!from || !to || from === to) return;
  for (const id of [...from.members.values()].flat()) moveSentence(model, undefined, to, id);
  from.members.clear();
  from.changed = to.changed = true;
}

function moveSentence(model: EditorModel, from: Working | undefined, to: Working, sentenceId: string): void {
  const sourceId = model.sentences.get(sentenceId)?.sourceId;
  if (!sourceId) return;
  if (from) {
    const left = (from.members.get(sourceId) ?? []).filter((id) => id !== sentenceId);
    if (left.length) from.members.set(sourceId, left);
    else from.members.delete(sourceId);
    from.changed = true;
  }
  const number = (id: string) => model.sentences.get(id)?.number ?? 0;
  const others = (to.members.get(sourceId) ?? []).filter((id) => id !== sentenceId);
  to.members.set(sourceId, [...others, sentenceId].sort((a, b) => number(a) - number(b)));
  to.linked.add(sentenceId);
}

/** What a fact's controls may do to the pending edits; the editor owns them (no import cycle). */
export interface EditorActions {
  add(edit: ReviewEdit): void;
  drop(test: (edit: ReviewEdit) => boolean): void;
  setTarget(groupId: string | null): void;
}
