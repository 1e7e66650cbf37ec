// The page's view state and search, told to the in-place editor: the editor is a React island
// inside the Facts panel and draws its own rows, so the controller's show-and-hide of the
// server's rows does not reach it. The controller announces each state it renders; the editor
// filters its facts by the same rules (components/review/shown-facts.ts).
import type { ViewState } from "../view-state";

export const VIEW_EVENT = "parallax:view";

export interface PageView {
  state: ViewState;
  /** The search box's text, as typed ("" for no search). */
  query: string;
}

export function announceView(root: HTMLElement, view: PageView): void {
  root.dispatchEvent(new CustomEvent<PageView>(VIEW_EVENT, { detail: view }));
}
