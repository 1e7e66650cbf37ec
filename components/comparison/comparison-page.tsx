import type { ReactNode } from "react";
import type { Comparison } from "@/lib/types";
import { ComparisonController } from "./comparison-controller";
import { ComparisonHeader } from "./comparison-header";
import { ColumnsView } from "./columns-view";
import { CoverageView } from "./coverage-view";
import { dataProps } from "./dom";
import { FactsView } from "./facts-view";
import { buildPageData, type PageData } from "./page-model";
import { buildPagePart, type PanelProps, type PartRequest } from "./page-part";
import { RemovedText } from "./removed-text";
import type { View, ViewState } from "./view-state";
import { ViewToolbar } from "./view-toolbar";

// Stored comparisons are parsed once and kept (app/_lib/load-page-comparison.ts); so are the
// lookups built from them, which cost as much again for a large one.
const pageData = new WeakMap<Comparison, PageData>();

function readPageData(title: string, comparison: Comparison): PageData {
  const known = pageData.get(comparison);
  if (known?.title === title) return known;
  const data = buildPageData(title, comparison);
  pageData.set(comparison, data);
  return data;
}

const PANELS: readonly [View, (props: PanelProps) => ReactNode][] = [
  ["columns", ColumnsView],
  ["facts", FactsView],
  ["coverage", CoverageView],
];

/**
 * The whole comparison page, server-rendered for the state in the URL. A comparison that fits
 * one part has every view in the markup, the inactive ones `hidden`, so switching is instant;
 * a larger one has only a part of its active view, with "Show more" (docs/decisions/0060), and
 * its controls are links the browser follows. The controller (the page's only client code)
 * wires hover, keys, filters and the URL to the data attributes set here.
 */
export function ComparisonPage({ title, comparison, state, request = { from: 0, at: null } }: { title: string; comparison: Comparison; state: ViewState; request?: PartRequest }) {
  const data = readPageData(title, comparison);
  const part = buildPagePart(data, state, request);
  return (
    <div {...dataProps({ comparison: "", sourceIds: comparison.sources.map((source) => source.id).join(" "), paged: part.paged ? "" : undefined })}>
      <ComparisonHeader data={data} state={state} />
      <ViewToolbar data={data} state={state} />
      {PANELS.map(([view, Panel]) => (
        <section key={view} {...dataProps({ panel: view })} aria-labelledby={`${view}-heading`} hidden={state.view !== view}>
          {(!part.paged || state.view === view) && <Panel data={data} state={state} part={part} />}
        </section>
      ))}
      <RemovedText data={data} />
      <ComparisonController />
    </div>
  );
}
