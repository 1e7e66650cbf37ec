"use client";

import { useId, useState, type DragEvent } from "react";
import { FILE_ACCEPT, formatBytes, readSourceFile, type SourceDraft, type SourceMode } from "./new-comparison-files";
import { FIELD } from "./new-comparison-state";

const MODES: readonly [SourceMode, string][] = [
  ["text", "Paste text"],
  ["file", "Upload file"],
  ["url", "Web address"],
];

const INPUT = "w-full rounded-lg border border-line bg-surface px-3 py-2 text-base shadow-inner shadow-black/[0.02] placeholder:text-muted/70";

interface Props {
  draft: SourceDraft;
  index: number;
  error: string | null;
  canRemove: boolean;
  onChange: (draft: SourceDraft) => void;
  onRemove: () => void;
  onError: (message: string | null) => void;
}

/** One source of the form: how it is given (text, file or URL) and its optional details. */
export function NewComparisonSource({ draft, index, error, canRemove, onChange, onRemove, onError }: Props) {
  const id = useId();
  const [dragging, setDragging] = useState(false);
  const label = `Source ${index + 1}`;
  const errorId = `${id}-error`;
  const set = (patch: Partial<SourceDraft>) => onChange({ ...draft, ...patch });

  async function takeFile(file: File | undefined) {
    if (!file) return;
    try {
      const loaded = await readSourceFile(file);
      onChange({ ...draft, mode: "file", file: loaded });
      onError(null);
    } catch (e) {
      onError(`${label}: ${(e as Error).message}`);
    }
  }

  function onDrop(event: DragEvent) {
    event.preventDefault();
    setDragging(false);
    void takeFile(event.dataTransfer.files[0]);
  }

  return (
    <li
      data-source-card={index + 1}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes("Files")) return;
        event.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
      className={`rounded-xl border bg-surface p-4 sm:p-5 ${error ? "border-conflict-ink" : dragging ? "border-accent ring-2 ring-accent/30" : "border-line"}`}
    >
      <fieldset aria-describedby={error ? errorId : undefined}>
        <legend className="sr-only">{label}</legend>
        <div className="flex flex-wrap items-center justify-between gap-3">
          <p aria-hidden="true" className="font-semibold">
            {label}
          </p>
          <div className="flex items-center gap-3">
            <div role="radiogroup" aria-label={`How to give ${label}`} className="flex gap-0.5 rounded-lg bg-line/60 p-0.5">
              {MODES.map(([mode, name]) => (
                <label
                  key={mode}
                  className="cursor-pointer rounded-md px-2.5 py-1 text-sm font-medium text-muted has-[:checked]:bg-surface has-[:checked]:text-ink has-[:checked]:shadow-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent"
                >
                  <input type="radio" name={`${id}-mode`} value={mode} checked={draft.mode === mode} onChange={() => set({ mode })} className="sr-only" />
                  {name}
                </label>
              ))}
            </div>
            {canRemove && (
              <button type="button" onClick={onRemove} className="rounded-md px-2 py-1 text-sm text-muted hover:bg-line/60 hover:text-ink">
                Remove<span className="sr-only"> {label}</span>
              </button>
            )}
          </div>
        </div>

        <div className="mt-3">
          {draft.mode === "text" && (
            <label className="block">
              <span className="sr-only">{label}: article text</span>
              <textarea
                name={FIELD.text}
                value={draft.text}
                onChange={(event) => set({ text: event.target.value })}
                rows={7}
                placeholder="Paste the article's text (or Markdown, or HTML). You can also drop a file here."
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                className={`${INPUT} font-serif leading-relaxed`}
              />
            </label>
          )}
          {draft.mode === "file" && (
            <div className={`rounded-lg border-2 border-dashed px-4 py-6 text-center ${dragging ? "border-accent" : "border-line"}`}>
              {draft.file ? (
                <p className="text-sm">
                  <span className="font-medium">{draft.file.name}</span>{" "}
                  <span className="text-muted">
                    ({formatBytes(draft.file.size)}, read as {draft.file.kind === "html" ? "HTML" : "text"})
                  </span>
                </p>
              ) : (
                <p className="text-sm text-muted">Drop a .txt, .md or .html file here, or</p>
              )}
              <label className="mt-2 inline-block cursor-pointer rounded-lg border border-line bg-canvas px-3 py-1.5 text-sm font-medium has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-accent">
                {draft.file ? "Choose another file" : "Choose a file"}
                <span className="sr-only"> for {label}</span>
                <input
                  type="file"
                  accept={FILE_ACCEPT}
                  className="sr-only"
                  aria-describedby={error ? errorId : undefined}
                  onChange={(event) => {
                    void takeFile(event.target.files?.[0]);
                    event.target.value = "";
                  }}
                />
              </label>
            </div>
          )}
          {draft.mode === "url" && (
            <label className="block">
              <span className="sr-only">{label}: web address</span>
              <input
                type="url"
                inputMode="url"
                value={draft.url}
                onChange={(event) => set({ url: event.target.value })}
                placeholder="https://news.example/2031/03/article"
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? errorId : undefined}
                className={`${INPUT} font-mono text-sm`}
              />
              <span className="mt-1 block text-sm text-muted">The server fetches the page and keeps only the article text.</span>
            </label>
          )}
        </div>

        {error && (
          <p id={errorId} className="mt-2 text-sm font-medium text-conflict-ink">
            {error}
          </p>
        )}

        <details className="mt-3 text-sm" open={Boolean(draft.title || draft.outlet || draft.publishedAt) || undefined}>
          <summary className="cursor-pointer text-accent select-none">Title, outlet and date (optional)</summary>
          <div className="mt-3 grid gap-3 sm:grid-cols-[2fr_1fr_auto]">
            <label className="block">
              <span className="text-muted">Title</span>
              <input name={FIELD.sourceTitle} value={draft.title} onChange={(event) => set({ title: event.target.value })} className={`${INPUT} mt-1 text-sm`} />
            </label>
            <label className="block">
              <span className="text-muted">Outlet</span>
              <input name={FIELD.outlet} value={draft.outlet} onChange={(event) => set({ outlet: event.target.value })} className={`${INPUT} mt-1 text-sm`} />
            </label>
            <label className="block">
              <span className="text-muted">Published</span>
              <input type="date" name={FIELD.publishedAt} value={draft.publishedAt} onChange={(event) => set({ publishedAt: event.target.value })} className={`${INPUT} mt-1 text-sm`} />
            </label>
          </div>
        </details>
      </fieldset>
    </li>
  );
}
