// "Show more" on a comparison page in parts (docs/decisions/0060): the link names the next
// part as a page of its own, which works without JavaScript; with it, that page is fetched and
// its rows are added to the lists here, so the reader keeps their place. The rows come from
// the same server components as the first part, so nothing is drawn twice in two ways.
import { has, readData } from "../dom";
import { queryAll } from "./apply-state";

/** Adds the rows of the part the link names to the matching lists; answers the first new row. */
export async function loadNextPart(root: HTMLElement, link: HTMLAnchorElement): Promise<HTMLElement | null> {
  const response = await fetch(link.href, { headers: { accept: "text/html" }, credentials: "same-origin" });
  if (!response.ok) throw new Error(response.status === 429 ? "Too many requests; try again in a minute." : `The next part did not load (HTTP ${response.status}).`);
  const fetched = new DOMParser().parseFromString(await response.text(), "text/html");
  const panel = link.closest<HTMLElement>(has("panel"));
  let first: HTMLElement | null = null;
  for (const list of queryAll(fetched, has("partList"))) {
    const target = root.querySelector<HTMLElement>(has("partList", readData(list, "partList")));
    if (!target) continue;
    for (const row of [...list.children] as HTMLElement[]) {
      // Parts of columns may overlap where one column went further than another.
      if (isPresent(target, row)) continue;
      const added = document.importNode(row, true);
      if (readData(added, "sentence")) added.tabIndex = -1;
      target.append(added);
      if (!first && panel?.contains(target)) first = added;
    }
  }
  const holder = link.closest(has("showMoreHolder"));
  const next = panel ? fetched.querySelector(`${has("panel", readData(panel, "panel"))} ${has("showMoreHolder")}`) : null;
  if (holder && next) holder.replaceWith(document.importNode(next, true));
  else holder?.remove();
  return first;
}

function isPresent(list: HTMLElement, row: HTMLElement): boolean {
  const sentence = readData(row, "sentence");
  if (sentence) return list.querySelector(has("sentence", CSS.escape(sentence))) !== null;
  const group = readData(row, "group");
  if (group) return list.querySelector(has("group", CSS.escape(group))) !== null;
  return false;
}

/** The address of the part holding a fact or sentence: the view state's query plus `at`, and the fragment. */
export function formatAtHref(at: string, group: string): string {
  const params = new URLSearchParams(location.search);
  params.delete("from");
  params.set("at", at);
  return `${location.pathname}?${params.toString().replace(/%2C/g, ",")}#${group}`;
}

/** The click handler of "Show more": one load at a time, the first new row focused, the outcome said. */
export function createPartLoader(root: HTMLElement, render: () => void, say: (message: string) => void): (link: HTMLAnchorElement) => Promise<void> {
  let loading = false;
  return async (link) => {
    if (loading) return;
    loading = true;
    link.setAttribute("aria-disabled", "true");
    say("Loading more…");
    try {
      const first = await loadNextPart(root, link);
      render();
      first?.focus({ preventScroll: true });
      say(first ? "More rows loaded" : "Nothing more to load");
    } catch (error) {
      link.removeAttribute("aria-disabled");
      say((error as Error).message);
    } finally {
      loading = false;
    }
  };
}
