// The view state lives in the URL, so a link or a reload shows the same page: the query names
// the view, the filter and the hidden sources (../view-state.ts), the fragment the fact in
// focus. A change of view is a new history entry, so Back returns to the view before; a filter,
// a source or the fragment replaces the current entry rather than filling the history.
import { formatViewQuery, parseViewState, type ViewState } from "../view-state";

export interface UrlState {
  /** The state the page shows. */
  readonly current: ViewState;
  /** Reads the state again from the address, after the browser moved through its history. */
  reload(): void;
  /** Shows `next` in the address, with `hash` as the fragment. */
  commit(next: ViewState, hash: string | null): void;
  /** Names a fact in the fragment, keeping the query. */
  setHash(group: string): void;
}

export function createUrlState(sourceIds: readonly string[]): UrlState {
  const read = () => parseViewState(new URLSearchParams(location.search), sourceIds);
  let state = read();
  return {
    get current() {
      return state;
    },
    reload() {
      state = read();
    },
    commit(next, hash) {
      const push = next.view !== state.view;
      state = next;
      const url = `${location.pathname}${formatViewQuery(state)}${hash ? `#${hash}` : ""}`;
      if (push) history.pushState(null, "", url);
      else history.replaceState(null, "", url);
    },
    setHash(group) {
      history.replaceState(null, "", `${location.pathname}${location.search}#${group}`);
    },
  };
}
