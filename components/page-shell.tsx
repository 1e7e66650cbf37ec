import type { ReactNode } from "react";

/** The frame every page shares: skip link, header, main landmark, footer. */
export function PageShell({ children, wide = false }: { children: ReactNode; wide?: boolean }) {
  const width = wide ? "max-w-7xl" : "max-w-5xl";
  return (
    <>
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:top-3 focus:left-3 focus:z-10 focus:rounded-md focus:bg-surface focus:px-3 focus:py-2"
      >
        Skip to content
      </a>
      <SiteHeader width={width} />
      <main id="main" className={`mx-auto w-full ${width} flex-1 px-5 pt-10 sm:px-8 sm:pt-12`}>
        {children}
      </main>
      <SiteFooter width={width} />
    </>
  );
}

function SiteHeader({ width }: { width: string }) {
  return (
    <header className="border-b border-line bg-surface/70 print:hidden">
      <div className={`mx-auto flex ${width} items-center justify-between gap-4 px-5 py-4 sm:px-8`}>
        <a href="/" className="flex items-center gap-2.5 font-semibold tracking-tight">
          <LogoMark />
          <span className="text-lg">Parallax</span>
        </a>
        <p className="hidden text-sm text-muted sm:block">One event, several outlets, side by side</p>
      </div>
    </header>
  );
}

function LogoMark() {
  // Two offset circles: the same event seen from two vantage points.
  return (
    <svg aria-hidden="true" viewBox="0 0 28 20" className="h-5 w-7">
      <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="2" />
      <circle cx="18" cy="10" r="8" fill="none" stroke="var(--color-accent)" strokeWidth="2" />
    </svg>
  );
}

function SiteFooter({ width }: { width: string }) {
  return (
    <footer className="mt-20 border-t border-line">
      <div className={`mx-auto ${width} px-5 py-8 text-sm text-muted sm:px-8`}>
        <p className="max-w-prose">
          Parallax aligns statements across articles about one event and marks shared facts, conflicting
          details and facts unique to one source. Article text belongs to its publishers and is shown for
          comparison.
        </p>
      </div>
    </footer>
  );
}
