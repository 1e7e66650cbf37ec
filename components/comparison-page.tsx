import type { ReactNode } from "react";
import type { Comparison } from "@/lib/types";
import { ComparisonController } from "./comparison-controller";
import { ComparisonHeader } from "./comparison-header";
import { ColumnsView } from "./columns-view";
import { CoverageView } from "./coverage-view";
import { FactsView } from "./facts-view";
import { buildPageData, type PageData } from "./page-model";
import { RemovedText } from "./removed-text";
import type { View, ViewState } from "./view-state";
import { ViewToolbar } from "./view-toolbar";

const PANELS: readonly [View, (props: { data: PageData; state: ViewState }) => ReactNode][] = [
  ["columns", ColumnsView],
  ["facts", FactsView],
  ["coverage", CoverageView],
];

/**
 * The whole comparison page, server-rendered for the state in the URL: every view is in the
 * markup and the inactive ones are `hidden`, so switching is instant and nothing shifts. The
 * controller (the page's only client code) wires hover, keys, filters and the URL to the
 * data attributes set here.
 */
export function ComparisonPage({ title, comparison, state }: { title: string; comparison: Comparison; state: ViewState }) {
  const data = buildPageData(title, comparison);
  return (
    <div data-comparison="" data-source-ids={comparison.sources.map((source) => source.id).join(" ")}>
      <ComparisonHeader data={data} state={state} />
      <ViewToolbar data={data} state={state} />
      {PANELS.map(([view, Panel]) => (
        <section key={view} data-panel={view} aria-labelledby={`${view}-heading`} hidden={state.view !== view}>
          <Panel data={data} state={state} />
        </section>
      ))}
      <RemovedText data={data} />
      <ComparisonController />
    </div>
  );
}
