"use client";
// The in-place editor's pending changes, sticky at the bottom of the page: how many, what they
// are, Undo last, Discard and Save. A failed save keeps every pending change and says why; a
// wrong key opens the key field right here.
import { useState } from "react";
import { readEditKey } from "../../review/review-key-field";
import type { EditorModel } from "../../review/fact-edit-model";
import { countPending, describePendingEdit, dropPendingEdit, undoLastEdit, type PendingChanges } from "../../review/pending-edits";
import { keepPending } from "../../review/kept-pending";
import { rememberSaved, saveEdits } from "./save-edits";

const BUTTON = "rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:border-muted disabled:opacity-60";

interface Props {
  model: EditorModel;
  pending: PendingChanges;
  onChange: (pending: PendingChanges) => void;
  editKey: string;
  onKeyChange: (key: string) => void;
}

export function PendingBar({ model, pending, onChange, editKey, onKeyChange }: Props) {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<{ message: string; wrongKey: boolean } | null>(null);
  const [editor, setEditor] = useState("");
  const none = pending.edits.length === 0;

  async function save() {
    setSaving(true);
    setError(null);
    const name = editor.trim();
    const body = { baseRevision: model.baseRevision, ...(name ? { editor: name } : {}), edits: pending.edits };
    const result = await saveEdits(model.comparisonId, body, readEditKey(editKey));
    if (result.ok) {
      // Saved: nothing is pending any more, so nothing is kept and leaving asks nothing.
      keepPending(sessionStorage, model.comparisonId, model.baseRevision, []);
      rememberSaved(model.comparisonId, result.revision);
      window.location.assign(`/c/${encodeURIComponent(model.comparisonId)}/r/${result.revision}?view=facts`);
      return;
    }
    setSaving(false);
    setError(result);
  }

  return (
    <div role="region" aria-label="Pending changes" className="sticky bottom-0 z-20 -mx-5 mt-4 border-t border-line bg-canvas/95 px-5 py-3 backdrop-blur sm:-mx-8 sm:px-8">
      <div className="flex flex-wrap items-center gap-2">
        <p aria-live="polite" className="mr-auto text-sm font-semibold tabular-nums max-sm:w-full">{countPending(pending)}</p>
        <button type="button" className={BUTTON} disabled={pending.past.length === 0 || saving} onClick={() => onChange(undoLastEdit(pending))}>Undo last</button>
        <button type="button" className={BUTTON} disabled={none || saving} onClick={() => onChange(dropPendingEdit(pending, () => true))}>Discard</button>
        <button type="button" disabled={none || saving} onClick={() => void save()} className="rounded-md bg-accent px-4 py-1.5 text-sm font-semibold text-surface hover:brightness-110 disabled:opacity-60">
          {saving ? "Saving…" : "Save"}
        </button>
      </div>
      {!none && (
        <details className="mt-1 text-sm">
          <summary className="cursor-pointer text-muted">Show the changes</summary>
          <ol aria-label="Changes to save" className="mt-1 max-h-40 list-decimal overflow-y-auto pl-6">
            {pending.edits.map((edit, i) => (
              <li key={i}>{describePendingEdit(edit, model.names)}</li>
            ))}
          </ol>
          <label htmlFor="fact-editor-name" className="mt-2 block max-w-xs">
            Your name (optional, shown with the revision)
            <input id="fact-editor-name" autoComplete="name" value={editor} onChange={(e) => setEditor(e.target.value)} className="mt-1 block w-full rounded-md border border-line bg-surface px-2 py-1 text-sm" />
          </label>
        </details>
      )}
      {error && (
        <div className="mt-2">
          <p role="alert" className="text-sm font-medium text-conflict-ink">{error.message}</p>
          {error.wrongKey && (
            <label htmlFor="fact-editor-key-again" className="mt-1 block max-w-md text-sm">
              Edit key
              <input id="fact-editor-key-again" type="password" autoComplete="off" spellCheck={false} value={editKey} onChange={(e) => onKeyChange(e.target.value)} className="mt-1 block w-full rounded-md border border-line bg-surface px-2 py-1 font-mono text-sm" />
            </label>
          )}
        </div>
      )}
    </div>
  );
}
