import { dataProps } from "../comparison/dom";

const SHORTCUTS: readonly [keys: string[], what: string][] = [
  [["j", "n"], "Next conflict"],
  [["k", "p"], "Previous conflict"],
  [["/"], "Search sentences"],
  [["↑", "↓"], "Previous or next sentence in a column"],
  [["←", "→"], "The same fact in the neighbouring column"],
  [["Esc"], "Clear the search or close this help"],
  [["?"], "Show or hide this help"],
];

/** The keyboard shortcuts, one disclosure away; `?` opens it too. */
export function KeyboardHelp() {
  return (
    <details {...dataProps({ keyboardHelp: "" })} className="relative">
      <summary className="flex cursor-pointer list-none items-center gap-1.5 rounded-md border border-line bg-surface px-2 py-1 select-none hover:border-muted [&::-webkit-details-marker]:hidden">
        <span>Keyboard</span>
        <Kbd>j</Kbd>
        <Kbd>k</Kbd>
        <Kbd>?</Kbd>
      </summary>
      <div className="absolute right-0 z-30 mt-2 w-80 max-w-[calc(100vw-2.5rem)] rounded-lg border border-line bg-surface p-4 shadow-lg max-sm:left-0">
        <p className="text-sm font-semibold">Keyboard shortcuts</p>
        <ShortcutList />
      </div>
    </details>
  );
}

/** The keys and what they do; in the help disclosure and in every page's footer. */
export function ShortcutList() {
  return (
    <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1.5 text-sm">
      {SHORTCUTS.map(([keys, what]) => (
        <div key={what} className="contents">
          <dt className="flex gap-1">
            {keys.map((key, i) => (
              <span key={key} className="flex items-center gap-1">
                {i > 0 && <span className="text-xs text-muted">or</span>}
                <Kbd>{key}</Kbd>
              </span>
            ))}
          </dt>
          <dd className="text-muted">{what}</dd>
        </div>
      ))}
    </dl>
  );
}

export function Kbd({ children }: { children: string }) {
  return (
    <kbd className="inline-flex min-w-5 items-center justify-center rounded border border-line bg-canvas px-1 font-mono text-xs leading-5 text-ink shadow-[inset_0_-1px_0_var(--color-line)]">
      {children}
    </kbd>
  );
}
