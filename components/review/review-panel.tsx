"use client";
// The review mode's one client island (route /c/{id}/review only, so the comparison page's
// own script stays within its budget): a form over the server-rendered comparison that sends
// the editor's changes as edits and, once saved, goes to the new revision's permanent URL.
import { useState, type FormEvent } from "react";
import { ReviewGroupFields } from "./review-group-fields";
import { readEditKey, ReviewKeyField, useEditKey } from "./review-key-field";
import { buildEdits, startForm, type ReviewModel } from "./review-model";
import { ReviewMerges } from "./review-merges";
import { ReviewMoves } from "./review-moves";

const FIELD = "mt-1 block w-full rounded-md border border-line bg-canvas px-2 py-1.5 text-sm";

export function ReviewPanel({ model }: { model: ReviewModel }) {
  const [form, setForm] = useState(() => startForm(model));
  const [status, setStatus] = useState<{ saving: boolean; error: string | null }>({ saving: false, error: null });
  const [editKey, setEditKey] = useEditKey(model.comparisonId);
  const labelOf = (id: string) => model.sources.find((s) => s.id === id)?.label ?? id;
  const edits = buildEdits(model, form);

  async function save(event: FormEvent) {
    event.preventDefault();
    if (edits.length === 0) return setStatus({ saving: false, error: "Nothing to save yet: change at least one fact, move or note." });
    const key = readEditKey(editKey);
    if (!key) return setStatus({ saving: false, error: "Not saved: enter the edit key first. Your changes are still here." });
    setStatus({ saving: true, error: null });
    try {
      const response = await fetch(`/api/comparisons/${encodeURIComponent(model.comparisonId)}/revisions`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${key}` },
        body: JSON.stringify({ baseRevision: model.baseRevision, ...(form.editor.trim() ? { editor: form.editor.trim() } : {}), edits }),
      });
      const body = (await response.json()) as { url?: string; error?: { message: string } };
      if (response.status === 401 || response.status === 403) {
        throw new Error("that edit key does not open this comparison. Check the edit link you kept; your changes are still here.");
      }
      if (!response.ok || !body.url) throw new Error(body.error?.message ?? `The server answered ${response.status}.`);
      window.location.assign(new URL(body.url).pathname);
    } catch (error) {
      setStatus({ saving: false, error: `Not saved: ${(error as Error).message}` });
    }
  }

  return (
    <form aria-labelledby="review-heading" onSubmit={save} className="mt-6 space-y-4">
      <h2 id="review-heading" className="text-xl font-semibold tracking-tight">
        Review revision {model.baseRevision}
      </h2>
      <div className="grid gap-3 sm:grid-cols-2">
        <ReviewKeyField value={editKey} onChange={setEditKey} />
        <label className="text-sm" htmlFor="review-editor">
          Your name (optional, shown with the revision)
          <input id="review-editor" className={FIELD} autoComplete="name" value={form.editor} onChange={(e) => setForm({ ...form, editor: e.target.value })} />
        </label>
        <label className="text-sm" htmlFor="review-summary">
          Summary note on the whole comparison
          <textarea id="review-summary" rows={2} className={FIELD} value={form.summary} onChange={(e) => setForm({ ...form, summary: e.target.value })} />
        </label>
      </div>
      <ReviewMoves model={model} moves={form.moves} onChange={(moves) => setForm({ ...form, moves })} />
      <ReviewMerges model={model} merges={form.merges} onChange={(merges) => setForm({ ...form, merges })} />
      <ol className="space-y-3">
        {model.groups.map((group) => (
          <li key={group.id}>
            <ReviewGroupFields
              group={group}
              labelOf={labelOf}
              choice={form.groups[group.id]!}
              onChange={(choice) => setForm({ ...form, groups: { ...form.groups, [group.id]: choice } })}
            />
          </li>
        ))}
      </ol>
      <div className="sticky bottom-0 flex flex-wrap items-center gap-3 border-t border-line bg-canvas py-3">
        <button type="submit" disabled={status.saving} className="rounded-md bg-accent px-4 py-2 text-sm font-semibold text-surface hover:brightness-110 disabled:opacity-70">
          {status.saving ? "Saving…" : "Save as a new revision"}
        </button>
        <span className="text-sm text-muted" aria-live="polite">
          {edits.length === 1 ? "1 change" : `${edits.length} changes`} to save
        </span>
        <p role="alert" className="text-sm font-medium text-conflict-ink">
          {status.error}
        </p>
      </div>
    </form>
  );
}
