"use client";
// The Facts view's "Edit" toggle: asks for the comparison's edit key (kept in this tab only,
// never in the address), fetches the revision's JSON and swaps the read-only table for the
// in-place editor. Rendered hidden without JavaScript, so the Facts view stays read-only there.
import { lazy, Suspense, useEffect, useRef, useState, type FormEvent } from "react";
import type { Comparison } from "@/lib/types";
import { readEditKey, useEditKey } from "../../review/review-key-field";
import type { EditorModel } from "../../review/fact-edit-model";
import { takeSaved } from "./save-edits";

// The editor's code loads when Edit is first pressed: readers, who never edit, never fetch it.
const FactEditor = lazy(() => import("./fact-editor").then((m) => ({ default: m.FactEditor })));

const BUTTON = "rounded-md border border-line bg-surface px-3 py-1.5 text-sm font-medium hover:border-muted aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-surface";

type Mode = { name: "off" } | { name: "key" } | { name: "loading" } | { name: "on"; model: EditorModel };

export function FactEditorToggle({ comparisonId, baseRevision }: { comparisonId: string; baseRevision: number }) {
  const [mode, setMode] = useState<Mode>({ name: "off" });
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const [editKey, setEditKey] = useEditKey(comparisonId);
  const editing = mode.name === "on";
  const button = useRef<HTMLButtonElement>(null);
  // The key form or the editor is about to go away: keep the keyboard on the toggle, once it
  // is rendered enabled again (it is disabled while the editor opens).
  const refocus = useRef(false);
  const focusToggle = () => {
    refocus.current = true;
  };
  useEffect(() => {
    if (!refocus.current || mode.name === "loading") return;
    refocus.current = false;
    button.current?.focus();
  }, [mode.name]);

  useEffect(() => {
    const revision = takeSaved(comparisonId);
    if (revision !== null) setSaved(revision);
  }, [comparisonId]);
  useEffect(() => {
    // The server's read-only table gives way to the editor's, and comes back when editing ends.
    const table = document.querySelector<HTMLElement>("[data-facts-table]");
    if (table) table.hidden = editing;
    return () => {
      if (table) table.hidden = false;
    };
  }, [editing]);

  async function start() {
    setError(null);
    setMode({ name: "loading" });
    try {
      const response = await fetch(`/api/comparisons/${encodeURIComponent(comparisonId)}/revisions/${baseRevision}`);
      if (!response.ok) throw new Error(`the server answered ${response.status}`);
      const comparison = (await response.json()) as Comparison;
      const { buildEditorModel } = await import("../../review/fact-edit-model");
      setMode({ name: "on", model: buildEditorModel(comparison, comparisonId, baseRevision) });
      focusToggle();
    } catch (reason) {
      setMode({ name: "off" });
      setError(`Could not open the editor: ${(reason as Error).message}. Try again in a moment.`);
    }
  }

  function toggle() {
    if (mode.name === "on" || mode.name === "key") return setMode({ name: "off" });
    if (readEditKey(editKey)) return void start();
    setMode({ name: "key" });
  }

  function submitKey(event: FormEvent) {
    event.preventDefault();
    if (readEditKey(editKey)) void start();
    else setError("Enter the edit key (or paste the whole edit link) to edit.");
  }

  return (
    <div className="mt-4 nojs:hidden print:hidden" data-fact-editor="">
      <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
        <button ref={button} type="button" aria-pressed={editing} onClick={toggle} disabled={mode.name === "loading"} className={BUTTON}>
          <span aria-hidden="true">✎ </span>Edit
        </button>
        <a href={`/c/${encodeURIComponent(comparisonId)}/review?from=${baseRevision}`} className="text-sm text-accent underline underline-offset-2">
          Full review form
        </a>
        {mode.name === "loading" && <span role="status" className="text-sm text-muted">Opening the editor…</span>}
        {saved !== null && !editing && (
          <p role="status" className="text-sm font-medium">
            Saved: this is revision {saved}. What changed is listed above.
          </p>
        )}
      </div>
      {error && <p role="alert" className="mt-2 text-sm font-medium text-conflict-ink">{error}</p>}
      {mode.name === "key" && (
        <form onSubmit={submitKey} className="mt-3 flex max-w-xl flex-wrap items-end gap-3 rounded-lg border border-line bg-surface p-3">
          <label htmlFor="fact-editor-key" className="min-w-0 flex-1 text-sm">
            Edit key
            <input
              id="fact-editor-key"
              type="password"
              autoComplete="off"
              spellCheck={false}
              autoFocus
              value={editKey}
              onChange={(e) => setEditKey(e.target.value)}
              aria-describedby="fact-editor-key-help"
              className="mt-1 block w-full rounded-md border border-line bg-canvas px-2 py-1.5 font-mono text-sm"
            />
          </label>
          <button type="submit" className="rounded-md bg-accent px-3 py-1.5 text-sm font-semibold text-surface hover:brightness-110">
            Start editing
          </button>
          <p id="fact-editor-key-help" className="w-full text-xs text-muted">
            The key (or the whole edit link) you kept when the comparison was made. It is kept in this tab only and checked when you save.
          </p>
        </form>
      )}
      {mode.name === "on" && (
        <Suspense fallback={<p role="status" className="mt-2 text-sm text-muted">Opening the editor…</p>}>
          <FactEditor model={mode.model} editKey={editKey} onKeyChange={setEditKey} onLeave={() => {
              setMode({ name: "off" });
              focusToggle();
            }} />
        </Suspense>
      )}
    </div>
  );
}
