import type { Metadata } from "next";
import { NewComparisonForm } from "@/components/new/new-comparison-form";
import { PageShell } from "@/components/shared/page-shell";
import { createFromForm } from "./create-from-form";

export const metadata: Metadata = {
  title: "New comparison",
  description: "Compare how two to twelve news outlets report one event: paste their articles, upload files or give web addresses.",
  // Without JavaScript the form posts itself to a server action, which refuses a request whose
  // Origin is not this site; under the site-wide no-referrer policy browsers send "Origin: null".
  // same-origin still sends nothing to other sites (docs/decisions/0099).
  referrer: "same-origin",
};

export default function NewComparisonPage() {
  return (
    <PageShell>
      <h1 className="font-serif text-3xl font-semibold tracking-tight sm:text-4xl">New comparison</h1>
      <p className="mt-3 max-w-prose text-lg leading-relaxed text-muted">
        Give two to twelve articles about the same event. Paste their text, upload <code>.txt</code>, <code>.md</code> or{" "}
        <code>.html</code> files (or drop them on a source), or give their web addresses. Parallax cleans each one, lines up
        their statements and gives the comparison a permanent link you can share.
      </p>
      <noscript>
        <p className="mt-6 rounded-xl border border-conflict-line bg-conflict-soft px-4 py-3 text-conflict-ink">
          JavaScript is off, so paste each article&rsquo;s text: reading files and fetching web addresses need it. The form
          still works, and keeps what you pasted if something needs fixing.
        </p>
      </noscript>
      <NewComparisonForm createFromForm={createFromForm} />
    </PageShell>
  );
}
