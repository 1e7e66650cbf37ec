import { useEffect, useState } from "react";
import { has } from "../dom";
import { parseViewState } from "../view-state";
import { VIEW_EVENT, type PageView } from "./page-view";

const findRoot = () => document.querySelector<HTMLElement>(has("comparison"));

/** What the page shows now: read from the address and the search box at first, then as the controller announces it. */
function readPageView(sourceIds: readonly string[]): PageView {
  const root = findRoot();
  const query = root?.querySelector<HTMLInputElement>(has("search"))?.value ?? "";
  return { state: parseViewState(new URLSearchParams(location.search), sourceIds), query };
}

export function usePageView(sourceIds: readonly string[]): PageView {
  const [view, setView] = useState(() => readPageView(sourceIds));
  useEffect(() => {
    const root = findRoot();
    if (!root) return;
    const onView = (event: Event) => setView((event as CustomEvent<PageView>).detail);
    root.addEventListener(VIEW_EVENT, onView);
    return () => root.removeEventListener(VIEW_EVENT, onView);
  }, []);
  return view;
}
