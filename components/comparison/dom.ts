// The data-* hooks between the server-rendered comparison page and its client controller: the
// views write them, the controller finds, reads and toggles them (and the stylesheet keys off a
// few). One list, so a renamed or mistyped hook fails the type check instead of silently
// unhooking a control. A name's key here is also its dataset key (data-source-part: sourcePart).
// Hooks only the stylesheet or the browser tests use stay as plain attributes in their views.

export const DATA = {
  // The page and its parts
  comparison: "data-comparison",
  sourceIds: "data-source-ids",
  paged: "data-paged",
  ready: "data-ready",
  panel: "data-panel",
  partList: "data-part-list",
  showMoreHolder: "data-show-more-holder",
  // Rows: a fact (or one of its sentences) in any view
  item: "data-item",
  group: "data-group",
  kind: "data-kind",
  sources: "data-sources",
  sentence: "data-sentence",
  text: "data-text",
  active: "data-active",
  noteOf: "data-note-of",
  noteSource: "data-note-source",
  // A sentence in several facts (contract version 2): all of them and their kinds, in order,
  // and its marked parts, each naming the facts it states (client/fact-rows.ts)
  groups: "data-groups",
  kinds: "data-kinds",
  partOf: "data-part-of",
  // What hides with a source, a filter or a search
  sourcePart: "data-source-part",
  empty: "data-empty",
  hideWhenEmpty: "data-hide-when-empty",
  // The columns view
  columns: "data-columns",
  many: "data-many",
  column: "data-column",
  columnList: "data-column-list",
  connectors: "data-connectors",
  // The coverage matrix and its sorting
  sortable: "data-sortable",
  sort: "data-sort",
  order: "data-order",
  rank: "data-rank",
  count: "data-count",
  // Controls
  setView: "data-set-view",
  setFilter: "data-set-filter",
  toggleSource: "data-toggle-source",
  hash: "data-hash",
  revealView: "data-reveal-view",
  goto: "data-goto",
  showMore: "data-show-more",
  stepConflict: "data-step-conflict",
  search: "data-search",
  status: "data-status",
  keyboardHelp: "data-keyboard-help",
} as const;

/** A hook's name, which is also its dataset key. */
export type DataName = keyof typeof DATA;

type DataAttributes = { [name: `data-${string}`]: string | number | undefined };

/**
 * Hooks as JSX props, in the order given (React writes them in that order):
 * `<li {...dataProps({ item: "", group: group.id })}>`. An undefined value writes nothing.
 */
export function dataProps(values: Partial<Record<DataName, string | number | undefined>>): DataAttributes {
  const props: DataAttributes = {};
  for (const [name, value] of Object.entries(values)) props[DATA[name as DataName]] = value;
  return props;
}

/** A selector for a hook, with a value when given: `has("panel", "facts")` is `[data-panel="facts"]`. */
export function has(name: DataName, value?: string): string {
  return value === undefined ? `[${DATA[name]}]` : `[${DATA[name]}="${value}"]`;
}

/** An element's value of a hook (undefined when absent). */
export function readData(element: HTMLElement | SVGElement, name: DataName): string | undefined {
  return element.dataset[name];
}
