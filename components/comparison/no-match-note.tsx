import type { Group } from "@/lib/types";
import { dataProps } from "./dom";
import { isItemShown, type ViewState } from "./view-state";

/**
 * Shown, server-side and by the filter controller alike, when the filters hide every fact of a
 * table; the controller toggles `hidden` through the `data-empty` hook.
 */
export function NoMatchNote({ groups, state }: { groups: readonly Group[]; state: ViewState }) {
  return (
    <p {...dataProps({ empty: "" })} hidden={groups.some((g) => isItemShown(state, g.kind, g.members.map((m) => m.sourceId)))} className="px-4 py-6 text-sm text-muted italic">
      No fact matches the filters.
    </p>
  );
}
