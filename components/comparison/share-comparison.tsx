"use client";

import { useRef, useState } from "react";

const EXPORTS = [
  ["md", "Markdown report"],
  ["csv", "CSV of groups"],
  ["json", "JSON"],
] as const;

type CopyState = "idle" | "copied" | "manual";

/**
 * Copy-link and export controls of a comparison. The copied link is the address bar's, so it
 * carries the view, filter and focused group the reader has open; the exports are plain
 * download links to the API and work without JavaScript.
 */
export function ShareComparison({ id, revision }: { id: string; revision?: number }) {
  const [state, setState] = useState<CopyState>("idle");
  const [manualUrl, setManualUrl] = useState("");
  const field = useRef<HTMLInputElement>(null);

  async function copyLink() {
    const url = window.location.href;
    try {
      await navigator.clipboard.writeText(url);
      setState("copied");
    } catch {
      // No clipboard access (an insecure origin, a refused permission): show the link selected.
      setManualUrl(url);
      setState("manual");
      requestAnimationFrame(() => field.current?.select());
    }
  }

  const base = `/api/comparisons/${encodeURIComponent(id)}${revision === undefined ? "" : `/revisions/${revision}`}`;
  return (
    <div className="mb-6 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm print:hidden" data-share-bar="">
      <button
        type="button"
        onClick={copyLink}
        className="inline-flex items-center gap-1.5 rounded-lg border border-line bg-surface px-3 py-1.5 font-medium shadow-sm hover:border-muted"
      >
        <LinkIcon />
        Copy link
      </button>
      <span role="status" aria-live="polite" className="text-muted">
        {state === "copied" ? "Link copied, with the current view." : ""}
      </span>
      {state === "manual" && (
        <label className="flex items-center gap-2">
          <span className="text-muted">Copy this link:</span>
          <input ref={field} readOnly value={manualUrl} className="w-72 rounded-md border border-line bg-surface px-2 py-1 font-mono text-xs" />
        </label>
      )}
      <nav aria-label="Export" className="flex flex-wrap items-center gap-x-3 gap-y-1 sm:ml-auto">
        <span className="text-muted">Export:</span>
        {EXPORTS.map(([format, label]) => (
          <a key={format} href={`${base}?format=${format}`} download className="font-medium text-accent underline-offset-4 hover:underline">
            {label}
          </a>
        ))}
      </nav>
    </div>
  );
}

function LinkIcon() {
  return (
    <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4" fill="none" stroke="currentColor" strokeWidth="1.8">
      <path d="M8.5 11.5a3.5 3.5 0 0 0 5 0l2.5-2.5a3.5 3.5 0 0 0-5-5l-1 1" strokeLinecap="round" />
      <path d="M11.5 8.5a3.5 3.5 0 0 0-5 0L4 11a3.5 3.5 0 0 0 5 5l1-1" strokeLinecap="round" />
    </svg>
  );
}
