"use client";

import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import { NewComparisonKey, type CreatedComparison } from "./new-comparison-key";
import { NewComparisonProgress as Progress, type Phase } from "./new-comparison-progress";
import { NewComparisonSource } from "./new-comparison-source";
import { checkDraft, createDraft, FILE_ACCEPT, MAX_SOURCES, MIN_SOURCES, readSourceFile, toRequestSource, type SourceDraft } from "./new-comparison-files";
import { FIELD, type PlainFormState } from "./new-comparison-state";


interface ApiErrorBody {
  error?: { code?: string; message?: string; sourceIndex?: number };
}

/**
 * The New comparison form: 2 to 12 sources, each pasted, uploaded (or dropped) or given as a
 * URL. Everything typed stays in the form whatever happens; an error names its source and
 * is shown on that source's card as well as at the top.
 */
/** The server action a form post without JavaScript goes to (app/new/create-from-form.ts). */
export type CreateFromForm = (previous: PlainFormState | null, form: FormData) => Promise<PlainFormState>;

export function NewComparisonForm({ createFromForm }: { createFromForm: CreateFromForm }) {
  // Without JavaScript the browser posts the form to this action and the page comes back
  // rendered with its answer: what was typed, and the error or the edit link.
  const [sent, formAction] = useActionState(createFromForm, null);
  const [drafts, setDrafts] = useState<SourceDraft[]>(() => restoreDrafts(sent));
  const [errors, setErrors] = useState<Record<number, string>>(() => restoreErrors(sent, drafts));
  const [summary, setSummary] = useState<string | null>(sent?.error?.message ?? null);
  const [phase, setPhase] = useState<Phase>({ kind: "idle" });
  const [elapsed, setElapsed] = useState(0);
  const [title, setTitle] = useState(sent?.values.title ?? "");
  const [listed, setListed] = useState(sent?.values.listed ?? false);
  const [created, setCreated] = useState<CreatedComparison | null>(sent?.created ?? null);
  const abort = useRef<AbortController | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  const busy = phase.kind !== "idle";

  useEffect(() => {
    if (phase.kind !== "working") return;
    const timer = setInterval(() => setElapsed(Math.round((Date.now() - phase.started) / 1000)), 500);
    return () => clearInterval(timer);
  }, [phase]);

  useEffect(() => {
    if (summary) summaryRef.current?.focus();
  }, [summary]);

  const update = (key: number, draft: SourceDraft) => setDrafts((all) => all.map((d) => (d.key === key ? draft : d)));
  const setError = (key: number, message: string | null) =>
    setErrors((all) => {
      const next = { ...all };
      if (message) next[key] = message;
      else delete next[key];
      return next;
    });

  async function addFiles(files: FileList | null) {
    if (!files) return;
    const list = [...files];
    const next = [...drafts];
    for (const file of list) {
      let slot = next.findIndex((d) => !d.text.trim() && !d.file && !d.url.trim());
      if (slot < 0) {
        if (next.length >= MAX_SOURCES) {
          setSummary(`A comparison takes at most ${MAX_SOURCES} sources; ${file.name} and any after it were not added.`);
          break;
        }
        next.push(createDraft());
        slot = next.length - 1;
      }
      try {
        next[slot] = { ...next[slot]!, mode: "file", file: await readSourceFile(file) };
      } catch (e) {
        setSummary((e as Error).message);
      }
    }
    setDrafts(next);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy) return;
    const missing = Object.fromEntries(drafts.flatMap((d, i) => (checkDraft(d) ? [[d.key, `Source ${i + 1}: ${checkDraft(d)}`]] : [])));
    setErrors(missing);
    if (Object.keys(missing).length > 0) {
      setSummary(Object.keys(missing).length === 1 ? Object.values(missing)[0]! : "Some sources are not complete yet; see the marked ones below.");
      return;
    }
    setSummary(null);
    const controller = new AbortController();
    abort.current = controller;
    setElapsed(0);
    setPhase({ kind: "working", started: Date.now(), urls: drafts.filter((d) => d.mode === "url").length });
    try {
      const response = await fetch("/api/comparisons", {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ sources: drafts.map(toRequestSource), listed, ...(title.trim() ? { title: title.trim() } : {}) }),
        signal: controller.signal,
      });
      const body = (await response.json().catch(() => ({}))) as ApiErrorBody & { id?: string; editUrl?: string };
      if (response.status === 201 && body.id && body.editUrl) {
        // The edit link is shown once, here, before the comparison opens.
        setPhase({ kind: "idle" });
        setCreated({ id: body.id, editUrl: body.editUrl });
        return;
      }
      showError(body.error?.message ?? `The server answered with status ${response.status}.`, body.error?.sourceIndex);
    } catch (e) {
      showError((e as Error).name === "AbortError" ? "Cancelled. Nothing was stored." : "The server could not be reached. Check your connection and try again.");
    }
    setPhase({ kind: "idle" });
  }

  function showError(message: string, sourceIndex?: number) {
    const draft = sourceIndex === undefined ? undefined : drafts[sourceIndex];
    setErrors(draft ? { [draft.key]: message } : {});
    setSummary(message);
  }

  if (created) return <NewComparisonKey created={created} />;

  return (
    <form action={formAction} onSubmit={submit} noValidate aria-busy={busy} className="mt-8">
      <div ref={summaryRef} tabIndex={-1} role="alert" className="outline-none">
        {summary && (
          <p className="mb-6 rounded-xl border border-conflict-line bg-conflict-soft px-4 py-3 font-medium text-conflict-ink">{summary}</p>
        )}
      </div>

      <div className="max-w-2xl">
        <label htmlFor="event-title">
          <span className="font-semibold">Event title</span> <span className="text-sm text-muted">(optional)</span>
        </label>
        <input
          id="event-title"
          name={FIELD.title}
          value={title}
          maxLength={200}
          disabled={busy}
          onChange={(event) => setTitle(event.target.value)}
          aria-describedby="event-title-hint"
          placeholder="e.g. Warehouse fire at Kessel harbour"
          className="mt-1 w-full rounded-lg border border-line bg-surface px-3 py-2 text-base placeholder:text-muted/70"
        />
        <p id="event-title-hint" className="mt-1 text-sm text-muted">
          Left empty, the title is made from the facts the sources share, not from one outlet&rsquo;s headline.
        </p>
      </div>

      <fieldset disabled={busy} className="mt-6 min-w-0">
        <legend className="sr-only">Sources</legend>
        <ol className="grid gap-4">
          {drafts.map((draft, index) => (
            <NewComparisonSource
              key={draft.key}
              draft={draft}
              index={index}
              error={errors[draft.key] ?? null}
              canRemove={drafts.length > MIN_SOURCES}
              onChange={(next) => {
                update(draft.key, next);
                if (errors[draft.key] && !checkDraft(next)) setError(draft.key, null);
              }}
              onRemove={() => setDrafts((all) => all.filter((d) => d.key !== draft.key))}
              onError={(message) => setError(draft.key, message)}
            />
          ))}
        </ol>

        <div className="mt-4 flex flex-wrap items-center gap-3 text-sm">
          <button
            type="button"
            onClick={() => setDrafts((all) => [...all, createDraft()])}
            disabled={drafts.length >= MAX_SOURCES}
            className="rounded-lg border border-line bg-surface px-3 py-1.5 font-medium hover:border-muted disabled:opacity-50"
          >
            + Add a source
          </button>
          <label className="cursor-pointer rounded-lg border border-line bg-surface px-3 py-1.5 font-medium hover:border-muted has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent">
            Add several files
            <input
              type="file"
              multiple
              accept={FILE_ACCEPT}
              className="sr-only"
              onChange={(event) => {
                void addFiles(event.target.files);
                event.target.value = "";
              }}
            />
          </label>
          <span className="text-muted">
            {drafts.length} of {MAX_SOURCES} sources
          </span>
        </div>
      </fieldset>

      <label className="mt-6 flex max-w-prose items-start gap-2 text-sm">
        <input type="checkbox" name={FIELD.listed} checked={listed} disabled={busy} onChange={(e) => setListed(e.target.checked)} className="mt-0.5 size-4" />
        <span>
          <span className="font-medium">List this comparison publicly</span>
          <span className="block text-muted">Off: only people you give its link to can find it.</span>
        </span>
      </label>

      <div className="mt-8 flex flex-wrap items-center gap-4 border-t border-line pt-6">
        <button
          type="submit"
          disabled={busy}
          className="rounded-lg bg-accent px-5 py-2.5 font-semibold text-surface shadow-sm hover:brightness-110 disabled:opacity-70"
        >
          Compare {drafts.length} sources
        </button>
        {phase.kind === "working" && (
          <button type="button" onClick={() => abort.current?.abort()} className="text-sm font-medium text-muted underline underline-offset-4">
            Cancel
          </button>
        )}
        <Progress phase={phase} elapsed={elapsed} count={drafts.length} />
      </div>
    </form>
  );
}

/** The sources as the plain form last sent them, or two empty ones. */
function restoreDrafts(sent: PlainFormState | null): SourceDraft[] {
  const given = sent?.values.sources ?? [];
  const drafts = given.map((source) => ({ ...createDraft(), ...source }));
  while (drafts.length < MIN_SOURCES) drafts.push(createDraft());
  return drafts;
}

function restoreErrors(sent: PlainFormState | null, drafts: readonly SourceDraft[]): Record<number, string> {
  const index = sent?.error?.sourceIndex;
  const draft = index === null || index === undefined ? undefined : drafts[index];
  return draft && sent?.error ? { [draft.key]: sent.error.message } : {};
}
