"use client";
// The in-place editor over the Facts view: every fact with every source's words, the review
// controls on each fact, linking by pointing at sentences, and the pending-changes bar. Edits
// only collect here; nothing is sent until Save. Unsaved edits are kept in this tab, so a
// reload or closing the editor gives them back (components/review/kept-pending.ts).
import { useEffect, useMemo, useState } from "react";
import type { ReviewEdit } from "@/lib/types";
import { previewFacts, type EditorActions, type EditorModel } from "../../review/fact-edit-model";
import { addPendingEdit, countPending, dropPendingEdit, NO_CHANGES, type PendingChanges } from "../../review/pending-edits";
import { keepPending, readKeptPending } from "../../review/kept-pending";
import { selectShownFacts } from "../../review/shown-facts";
import { FactEditorRow } from "./fact-editor-row";
import { PendingBar } from "./pending-bar";
import { usePageView } from "./use-page-view";

// Rows rendered at once: a long comparison's editor stays quick; the rest come on request.
const ROWS_AT_ONCE = 150;

export function FactEditor({ model, editKey, onKeyChange, onLeave }: { model: EditorModel; editKey: string; onKeyChange: (key: string) => void; onLeave: () => void }) {
  const [pending, setPending] = useState<PendingChanges>(() => restorePending(model));
  const [restored] = useState(() => pending.edits.length);
  const [target, setTarget] = useState<string | null>(null);
  const [shown, setShown] = useState(ROWS_AT_ONCE);
  const facts = useMemo(() => previewFacts(model, pending.edits), [model, pending.edits]);
  const actions: EditorActions = {
    add: (edit) => setPending((p) => addPendingEdit(p, edit)),
    drop: (test) => setPending((p) => dropPendingEdit(p, test)),
    setTarget,
  };
  const targetFact = facts.find((f) => f.id === target) ?? null;
  const view = usePageView(useMemo(() => model.sources.map((s) => s.id), [model]));
  const shownFacts = useMemo(() => selectShownFacts(model, facts, view, target), [model, facts, view, target]);
  const { sources } = shownFacts;

  useEffect(() => {
    keepPending(sessionStorage, model.comparisonId, model.baseRevision, pending.edits);
  }, [model, pending.edits]);

  useEffect(() => {
    // Closing the tab loses what this tab keeps: the browser asks first.
    const onUnload = (event: BeforeUnloadEvent) => {
      if (readKeptPending(sessionStorage, model.comparisonId, model.baseRevision).length > 0) event.preventDefault();
    };
    window.addEventListener("beforeunload", onUnload);
    return () => window.removeEventListener("beforeunload", onUnload);
  }, [model]);

  useEffect(() => {
    // Escape leaves edit mode from anywhere on the page; a sentence's menu takes its own Escape first.
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== "Escape" || event.defaultPrevented) return;
      if ((event.target as HTMLElement).closest?.("#sentence-search")) return;
      if (pending.edits.length > 0 && !window.confirm(`Leave edit mode? ${countPending(pending)} will be lost.`)) return;
      keepPending(sessionStorage, model.comparisonId, model.baseRevision, []);
      onLeave();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [pending, onLeave, model]);

  return (
    <div className="mt-4" role="region" aria-label="Edit facts">
      <p className="max-w-prose text-sm text-muted">
        Confirm, reject or retype a fact, correct its conflict or add a note on the fact itself. To link a sentence, press
        &ldquo;Link sentences here&rdquo; on a fact, then point at a sentence in another row. Nothing is saved until you press Save; Escape leaves edit mode.
      </p>
      {restored > 0 && (
        <p className="mt-2 text-sm font-medium">
          {restored === 1 ? "1 unsaved change" : `${restored} unsaved changes`} from before {restored === 1 ? "is" : "are"} back below. Save them, or Discard.
        </p>
      )}
      {shownFacts.facts.length < facts.length && (
        <p className="mt-2 text-sm text-muted">
          Showing {shownFacts.facts.length} of {facts.length} facts: the page&rsquo;s filter, sources and search apply here too. Facts you
          changed stay listed.
        </p>
      )}
      <p role="status" className="mt-2 min-h-5 text-sm font-medium">
        {targetFact ? `Linking to Fact ${targetFact.number}: point at a sentence in another fact’s row, then choose “Link to Fact ${targetFact.number}”.` : ""}
      </p>
      <div className="relative mt-2 overflow-x-auto rounded-xl border border-line bg-surface max-md:border-0 max-md:bg-transparent">
        <table className="w-full border-collapse text-left">
          <caption className="sr-only">Facts to review: one row per fact, one column per source</caption>
          <thead className="max-md:sr-only">
            <tr className="border-b border-line text-xs tracking-wide text-muted uppercase">
              <th scope="col" className="w-96 px-4 py-3 font-semibold">Fact</th>
              {sources.map((source) => (
                <th key={source.id} scope="col" className="px-4 py-3 font-semibold">{source.label}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {shownFacts.facts.slice(0, shown).map((fact) => (
              <FactEditorRow key={fact.id} model={model} sources={sources} fact={fact} target={targetFact} actions={actions} />
            ))}
          </tbody>
        </table>
      </div>
      {shownFacts.facts.length > shown && (
        <button type="button" onClick={() => setShown(shown + ROWS_AT_ONCE)} className="mt-4 rounded-lg border border-line bg-surface px-3 py-1.5 text-sm font-medium shadow-sm hover:border-muted">
          Show more facts <span className="text-muted tabular-nums">({shown} of {shownFacts.facts.length} shown)</span>
        </button>
      )}
      <PendingBar model={model} pending={pending} onChange={setPending} editKey={editKey} onKeyChange={onKeyChange} />
    </div>
  );
}

function restorePending(model: EditorModel): PendingChanges {
  const edits = typeof sessionStorage === "undefined" ? [] : readKeptPending(sessionStorage, model.comparisonId, model.baseRevision);
  return edits.length ? { edits, past: [] } : NO_CHANGES;
}
