// Where a submitted comparison is: fetching and comparing (with the seconds so far), then
// opening. One request does both steps, so the bar is indeterminate rather than a guess.

export type Phase = { kind: "idle" } | { kind: "working"; started: number; urls: number } | { kind: "opening"; id: string };

export function NewComparisonProgress({ phase, elapsed, count }: { phase: Phase; elapsed: number; count: number }) {
  const text =
    phase.kind === "working"
      ? `${phase.urls > 0 ? `Fetching ${phase.urls} web ${phase.urls === 1 ? "page" : "pages"} and comparing` : "Comparing"} ${count} sources…`
      : phase.kind === "opening"
        ? "Done. Opening the comparison…"
        : "";
  return (
    <div role="status" aria-live="polite" className="flex min-w-64 flex-1 items-center gap-3 text-sm text-muted">
      {phase.kind !== "idle" && (
        <>
          <span className="block h-1.5 w-28 animate-pulse rounded-full bg-accent/70 motion-reduce:animate-none" aria-hidden="true" />
          <span>
            {text}
            {phase.kind === "working" && elapsed >= 2 ? ` ${elapsed} s` : ""}
          </span>
        </>
      )}
    </div>
  );
}
