// Which facts the in-place editor lists under the page's filter, hidden sources and search: the
// same as the Facts view would show, so an editor who narrowed the page to its conflicts reviews
// those. Two exceptions keep the editor's own work in sight: a fact with pending changes, and
// the fact sentences are being linked to, stay listed whatever the filter.
import { matchesQuery } from "../comparison/search-match";
import { isItemShown, type ViewState } from "../comparison/view-state";
import type { EditorModel, FactPreview } from "./fact-edit-model";

export interface ShownFacts {
  facts: FactPreview[];
  /** Source columns to draw, in source order. */
  sources: EditorModel["sources"];
}

export function selectShownFacts(model: EditorModel, facts: readonly FactPreview[], view: { state: ViewState; query: string }, targetId: string | null): ShownFacts {
  const kindOf = new Map(model.facts.map((f) => [f.id, f.kind]));
  const query = view.query.trim();
  const textOf = (id: string) => model.sentences.get(id)?.text ?? "";
  const shown = facts.filter((fact) => {
    if (fact.changed || fact.id === targetId) return true;
    // The kind the page shows: a retype made here must not make its row vanish mid-edit.
    const kind = kindOf.get(fact.id) ?? fact.kind;
    if (!isItemShown(view.state, kind, [...fact.members.keys()])) return false;
    return !query || [...fact.members.values()].some((ids) => ids.some((id) => matchesQuery(textOf(id), query)));
  });
  return { facts: shown, sources: model.sources.filter((source) => !view.state.hide.includes(source.id)) };
}
