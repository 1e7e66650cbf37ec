// Which rows a comparison page renders (docs/decisions/0060). A small comparison renders whole,
// every view with every row, as it always did. A large one renders one part of its active view:
// the rows the view state shows, windowed by lib/paging from `?from=` (or from the part holding
// `?at=g4` / `?at=s2.31`), with links to the parts before and after. The part is a list of
// groups or sentences, so how a row is drawn is the views' business, not this module's.
import { PAGE_PARTS } from "@/lib/limits";
import { windowLists } from "@/lib/paging/window-lists";
import type { Group, Sentence } from "@/lib/types";
import type { PageData } from "./page-model";
import { isSentenceShown } from "./sentence-parts";
import { isItemShown, type ViewState } from "./view-state";

/** What each view (columns, facts, coverage) is drawn from. */
export interface PanelProps {
  data: PageData;
  state: ViewState;
  part: PagePart;
}

export interface PartRequest {
  from: number;
  /** A group ("g4") or sentence ("s2.31") the part must hold, from a deep link. */
  at: string | null;
}

export interface ShownSentence {
  sentence: Sentence;
  /** Its 0-based place in its source. */
  index: number;
}

export interface PagePart {
  /** False: the whole comparison, every view. True: one part of the active view only. */
  paged: boolean;
  /** Facts and coverage rows, in comparison order. */
  groups: readonly Group[];
  /** The sentences each source's column shows, in reading order. */
  sentences: ReadonlyMap<string, readonly ShownSentence[]>;
  /** Rows of the active view the filters show, in all parts together (facts: facts; columns: the longest column). */
  total: number;
  from: number;
  next: number | null;
  previous: number | null;
}

type Params = URLSearchParams | Readonly<Record<string, string | string[] | undefined>>;

function readParam(params: Params, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

/** `?from=` is a row index (anything else is 0); `?at=` a group or sentence id (anything else is none). */
export function parsePartRequest(params: Params): PartRequest {
  const from = Number(readParam(params, "from") ?? "0");
  const at = readParam(params, "at")?.trim() ?? "";
  return { from: Number.isSafeInteger(from) && from > 0 ? from : 0, at: /^(?:g\d+|s\d+\.\d+)$/.test(at) ? at : null };
}

const textOf = (data: PageData, ids: readonly string[]) => ids.reduce((sum, id) => sum + (data.sentenceText.get(id)?.length ?? 0), 0);

/**
 * Estimated bytes of a row: its text twice (the HTML and React's payload carry it both) plus
 * the markup around it, which grows with the number of sources. Fitted on 12 × 300 pages.
 */
export function weighFactRow(data: PageData, group: Group): number {
  const sources = data.comparison.sources.length;
  const text = group.members.reduce((sum, member) => sum + textOf(data, member.sentenceIds), 0);
  const values = group.conflicts.reduce((sum, conflict) => sum + conflict.values.reduce((n, value) => n + value.text.length + 300, 0), 0);
  return 2 * (text + values) + 900 + 700 * sources;
}

export function weighCoverageRow(data: PageData, group: Group): number {
  return 2 * textOf(data, group.members[0]?.sentenceIds ?? []) + 1_200 + 700 * data.comparison.sources.length;
}

/**
 * A sentence's row in its column, plus its share of each of its facts' cards, which the same part
 * draws for phones (docs/decisions/0110): a card weighs about what the fact's row in the facts
 * view does (66 kB measured against 52 kB estimated for the seed's 19), split among its
 * sentences. A sentence in several facts (version 2) carries a counterpart line and a marked
 * part per fact.
 */
export function weighSentenceRow(data: PageData, sentence: Sentence): number {
  const facts = data.factsOf.get(sentence.id) ?? [];
  const others = facts.reduce((sum, group) => sum + Math.max(0, group.members.length - 1), 0);
  const row = 2 * sentence.text.length + 1_500 + 500 * others + (facts.length > 1 ? 400 * facts.length : 0);
  const cards = facts.reduce((sum, group) => {
    const sentences = group.members.reduce((n, member) => n + member.sentenceIds.length, 0);
    return sum + (1.25 * weighFactRow(data, group)) / Math.max(1, sentences);
  }, 0);
  return row + Math.round(cards);
}

/** The rows to render for a view state and a `?from=`/`?at=` request. */
export function buildPagePart(data: PageData, state: ViewState, request: PartRequest): PagePart {
  const { groups, sources } = data.comparison;
  if (fitsWhole(data)) {
    const sentences = new Map(sources.map((source) => [source.id, source.sentences.map((sentence, index) => ({ sentence, index }))] as const));
    return { paged: false, groups, sentences, total: groups.length, from: 0, next: null, previous: null };
  }
  if (state.view === "columns") return buildColumnsPart(data, state, request);
  const rows = groups.filter((group) => isItemShown(state, group.kind, group.members.map((member) => member.sourceId)));
  const atGroup = request.at ? (request.at.startsWith("g") ? request.at : data.groupOf.get(request.at)?.id) : undefined;
  const atIndex = atGroup ? rows.findIndex((group) => group.id === atGroup) : -1;
  const rules = state.view === "facts" ? PAGE_PARTS.facts : PAGE_PARTS.coverage;
  const weigh = state.view === "facts" ? (group: Group) => weighFactRow(data, group) : (group: Group) => weighCoverageRow(data, group);
  const part = windowLists([rows], atIndex >= 0 ? atIndex : request.from, weigh, rules);
  const window = part.windows[0]!;
  return { paged: true, groups: rows.slice(window.start, window.end), sentences: new Map(), total: rows.length, from: part.from, next: part.next, previous: part.previous };
}

function buildColumnsPart(data: PageData, state: ViewState, request: PartRequest): PagePart {
  const shown = data.comparison.sources.filter((source) => !state.hide.includes(source.id));
  const lists = shown.map((source) =>
    source.sentences.map((sentence, index) => ({ sentence, index })).filter(({ sentence }) => isSentenceShown(state, data.factsOf.get(sentence.id) ?? [], source.id)),
  );
  const from = findColumnsStart(data, shown.map((source) => source.id), lists, request);
  const part = windowLists(lists, from, (row: ShownSentence) => weighSentenceRow(data, row.sentence), PAGE_PARTS.columns);
  const sentences = new Map(shown.map((source, k) => [source.id, lists[k]!.slice(part.windows[k]!.start, part.windows[k]!.end)] as const));
  return { paged: true, groups: [], sentences, total: Math.max(0, ...lists.map((list) => list.length)), from: part.from, next: part.next, previous: part.previous };
}

/** `?at=` a sentence: where it is in its column; a group: where its first shown sentence is. */
function findColumnsStart(data: PageData, sourceIds: readonly string[], lists: readonly (readonly ShownSentence[])[], request: PartRequest): number {
  if (!request.at) return request.from;
  const group = request.at.startsWith("g") ? data.comparison.groups.find((g) => g.id === request.at) : null;
  const wanted = group ? group.members.filter((member) => sourceIds.includes(member.sourceId)).flatMap((member) => member.sentenceIds.slice(0, 1)) : [request.at];
  for (const id of wanted) {
    for (const list of lists) {
      const at = list.findIndex((row) => row.sentence.id === id);
      if (at >= 0) return at;
    }
  }
  return request.from;
}

/** Whether all three views, unfiltered, fit one part together. */
export function fitsWhole(data: PageData): boolean {
  const { groups, sources } = data.comparison;
  const rules = PAGE_PARTS.whole;
  if (groups.length > rules.maxItems || sources.some((source) => source.sentences.length > rules.maxItems)) return false;
  let weight = 0;
  for (const group of groups) weight += weighFactRow(data, group) + weighCoverageRow(data, group);
  for (const source of sources) for (const sentence of source.sentences) weight += weighSentenceRow(data, sentence);
  return weight <= rules.maxWeight;
}
