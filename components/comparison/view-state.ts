// The comparison page's view state, as ../shared/contract.md puts it in the URL:
// `?view=columns|facts|coverage&filter=all|shared|conflict|unique&hide=s2,s3` and `#g4`.
// Shared by the server page (first render) and the client controller (every change after),
// so both read and write the URL the same way. Plain TypeScript: no React, no DOM.
import type { Kind } from "@/lib/types";

export const VIEWS = ["columns", "facts", "coverage"] as const;
export const FILTERS = ["all", "conflict", "shared", "unique"] as const;

export type View = (typeof VIEWS)[number];
export type Filter = (typeof FILTERS)[number];

export interface ViewState {
  view: View;
  filter: Filter;
  /** Hidden source ids, in source order; never every source. */
  hide: string[];
}

export const DEFAULT_VIEW_STATE: ViewState = { view: "columns", filter: "all", hide: [] };

type ParamValue = string | string[] | undefined;
type ParamSource = URLSearchParams | Readonly<Record<string, ParamValue>>;

function readParam(params: ParamSource, name: string): string | undefined {
  if (params instanceof URLSearchParams) return params.get(name) ?? undefined;
  const value = params[name];
  return Array.isArray(value) ? value[0] : value;
}

function pick<T extends string>(allowed: readonly T[], value: string | undefined, fallback: T): T {
  return allowed.find((item) => item === value) ?? fallback;
}

/** Unknown values fall back to the defaults; unknown source ids are dropped; hiding every source hides none. */
export function parseViewState(params: ParamSource, sourceIds: readonly string[]): ViewState {
  const wanted = new Set((readParam(params, "hide") ?? "").split(",").map((id) => id.trim()));
  const hide = sourceIds.filter((id) => wanted.has(id));
  return {
    view: pick(VIEWS, readParam(params, "view"), DEFAULT_VIEW_STATE.view),
    filter: pick(FILTERS, readParam(params, "filter"), DEFAULT_VIEW_STATE.filter),
    hide: hide.length < sourceIds.length ? hide : [],
  };
}

/** The query string for a state, defaults left out: "" or "?view=facts&filter=conflict&hide=s2". */
export function formatViewQuery(state: ViewState): string {
  const parts: string[] = [];
  if (state.view !== DEFAULT_VIEW_STATE.view) parts.push(`view=${state.view}`);
  if (state.filter !== DEFAULT_VIEW_STATE.filter) parts.push(`filter=${state.filter}`);
  if (state.hide.length > 0) parts.push(`hide=${state.hide.join(",")}`);
  return parts.length > 0 ? `?${parts.join("&")}` : "";
}

/** The same state with one source shown or hidden; hiding the last shown source changes nothing. */
export function toggleHidden(state: ViewState, sourceId: string, sourceIds: readonly string[]): ViewState {
  const hidden = new Set(state.hide);
  if (hidden.has(sourceId)) hidden.delete(sourceId);
  else hidden.add(sourceId);
  const hide = sourceIds.filter((id) => hidden.has(id));
  return hide.length < sourceIds.length ? { ...state, hide } : state;
}

/** Whether a fact (or one of its sentences) shows under the filter and the hidden sources. */
export function isItemShown(state: ViewState, kind: Kind, sourceIds: readonly string[]): boolean {
  if (state.filter !== "all" && state.filter !== kind) return false;
  return sourceIds.some((id) => !state.hide.includes(id));
}

/** A fragment names a focused group: "#g4". Anything else is no focus. */
export function parseGroupHash(hash: string): string | null {
  const match = /^#?(g\d+)$/.exec(hash.trim());
  return match?.[1] ?? null;
}
