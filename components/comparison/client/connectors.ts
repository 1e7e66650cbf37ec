// Ribbons in the gaps between neighbouring columns, one per pair of sentences that state the
// same fact, like a diff tool's: they make the links between columns visible at a glance.
// Decorative (aria-hidden): each sentence also names its counterparts in words.
import { DATA, has } from "../dom";
import { isRendered, queryAll } from "./apply-state";
import { readRowFacts } from "./fact-rows";

const SVG = "http://www.w3.org/2000/svg";

export function drawConnectors(track: HTMLElement, svg: SVGSVGElement, active: string | null): void {
  const columns = queryAll(track, has("column")).filter(isRendered);
  const lists = columns.map((column) => column.querySelector<HTMLElement>(has("columnList"))).filter((list): list is HTMLElement => !!list);
  if (lists.length < 2 || !isRendered(svg)) {
    svg.replaceChildren();
    return;
  }
  const box = track.getBoundingClientRect();
  const listRects = lists.map((list) => list.getBoundingClientRect());
  const top = Math.min(...listRects.map((rect) => rect.top));
  const bottom = Math.max(...listRects.map((rect) => rect.bottom));
  svg.style.top = `${top - box.top}px`;
  svg.style.width = `${box.width}px`;
  svg.style.height = `${Math.max(0, bottom - top)}px`;

  const paths: SVGPathElement[] = [];
  for (let i = 0; i + 1 < lists.length; i++) {
    const left = rowsByGroup(lists[i]!);
    const right = rowsByGroup(lists[i + 1]!);
    const x1 = listRects[i]!.right - box.left;
    const x2 = listRects[i + 1]!.left - box.left;
    for (const [group, { kind, ends: leftRows }] of left) {
      const rightRows = right.get(group)?.ends;
      if (!rightRows) continue;
      for (const a of leftRows) {
        for (const b of rightRows) {
          const path = ribbon(a.getBoundingClientRect(), b.getBoundingClientRect(), x1, x2, top, bottom - top);
          if (!path) continue;
          path.setAttribute(DATA.kind, kind);
          if (group === active) path.setAttribute(DATA.active, "");
          paths.push(path);
        }
      }
    }
  }
  // The active ribbon last, so it is drawn on top.
  paths.sort((p, q) => Number(p.hasAttribute(DATA.active)) - Number(q.hasAttribute(DATA.active)));
  svg.replaceChildren(...paths);
}

/**
 * Each fact's ends in one column: its rows, or in a sentence that states several facts the
 * marked part that states it, so a ribbon runs to the words rather than the whole sentence.
 */
function rowsByGroup(list: HTMLElement): Map<string, { kind: string; ends: HTMLElement[] }> {
  const map = new Map<string, { kind: string; ends: HTMLElement[] }>();
  for (const row of queryAll(list, has("sentence"))) {
    if (row.hidden) continue;
    for (const { group, kind } of readRowFacts(row)) {
      if (kind === "unique") continue;
      const part = row.querySelector<HTMLElement>(`[${DATA.partOf}~="${group}"]`);
      map.set(group, { kind, ends: [...(map.get(group)?.ends ?? []), part ?? row] });
    }
  }
  return map;
}

function ribbon(a: DOMRect, b: DOMRect, x1: number, x2: number, top: number, height: number): SVGPathElement | null {
  const [at, ab, bt, bb] = [a.top - top, a.bottom - top, b.top - top, b.bottom - top];
  // Both ends out of sight on the same side: nothing to draw.
  if ((ab < 0 && bb < 0) || (at > height && bt > height)) return null;
  const mid = (x1 + x2) / 2;
  const inset = 2; // a hair inside each row, so neighbouring ribbons do not touch
  const path = document.createElementNS(SVG, "path");
  path.setAttribute(
    "d",
    [
      `M${x1},${at + inset}`,
      `C${mid},${at + inset} ${mid},${bt + inset} ${x2},${bt + inset}`,
      `L${x2},${bb - inset}`,
      `C${mid},${bb - inset} ${mid},${ab - inset} ${x1},${ab - inset}`,
      "Z",
    ].join(" "),
  );
  path.setAttribute("class", "connector");
  return path;
}
