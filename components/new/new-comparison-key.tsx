"use client";

import { useEffect, useRef, useState } from "react";

export interface CreatedComparison {
  id: string;
  editUrl: string;
}

/**
 * The one time a comparison's edit link is shown: after it is made, before it opens. The
 * link carries the edit key in its fragment; the server keeps only the key's hash, so a lost
 * link cannot be shown again (the site's operator can issue a new key).
 */
export function NewComparisonKey({ created }: { created: CreatedComparison }) {
  const [copied, setCopied] = useState<"idle" | "copied" | "manual">("idle");
  const heading = useRef<HTMLHeadingElement>(null);
  const field = useRef<HTMLInputElement>(null);

  useEffect(() => heading.current?.focus(), []);

  async function copy() {
    try {
      await navigator.clipboard.writeText(created.editUrl);
      setCopied("copied");
    } catch {
      setCopied("manual");
      field.current?.select();
    }
  }

  return (
    <section aria-labelledby="edit-link-heading" className="mt-8 rounded-xl border border-accent/40 bg-surface p-5 shadow-sm">
      <h2 id="edit-link-heading" ref={heading} tabIndex={-1} className="text-xl font-semibold tracking-tight outline-none">
        Keep this edit link
      </h2>
      <p className="mt-2 max-w-prose text-muted">
        Your comparison is saved. You need this link to publish a corrected version: it is shown only now, and nobody,
        not even Parallax, can show it to you again. Keep it private; anyone who has it can publish revisions.
      </p>
      <div className="mt-4 flex flex-wrap items-end gap-3">
        <label htmlFor="edit-link" className="min-w-0 flex-1 text-sm font-medium">
          Edit link
          <input
            id="edit-link"
            ref={field}
            readOnly
            value={created.editUrl}
            onFocus={(event) => event.target.select()}
            className="mt-1 block w-full rounded-md border border-line bg-canvas px-2 py-1.5 font-mono text-xs"
          />
        </label>
        <button type="button" onClick={copy} className="rounded-lg border border-line bg-surface px-3 py-1.5 text-sm font-medium shadow-sm hover:border-muted">
          Copy edit link
        </button>
      </div>
      <p role="status" aria-live="polite" className="mt-2 min-h-5 text-sm text-muted">
        {copied === "copied" ? "Edit link copied." : copied === "manual" ? "Copying is not allowed here: the link is selected, copy it yourself." : ""}
      </p>
      <p className="mt-4">
        <a
          href={`/c/${created.id}`}
          className="inline-flex items-center gap-2 rounded-lg bg-accent px-4 py-2.5 text-sm font-semibold text-surface shadow-sm hover:brightness-110"
        >
          Continue to the comparison <span aria-hidden="true">→</span>
        </a>
      </p>
    </section>
  );
}
