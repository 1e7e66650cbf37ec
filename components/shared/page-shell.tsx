import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { ShortcutList } from "./keyboard-help";
import { ThemeSwitch } from "./theme-switch";
import { parseThemeChoice, THEME_COOKIE } from "./theme-choice";

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

const NAV_LINK = "rounded-md px-2 py-1.5 font-medium hover:bg-line/60 sm:px-2.5";

// Every page, including a shared comparison someone lands on, leads on to making one and to
// the list: the header is the only place a reader is sure to look.
async function SiteHeader({ width }: { width: string }) {
  const theme = parseThemeChoice((await cookies()).get(THEME_COOKIE)?.value);
  return (
    <header className="border-b border-line bg-surface/70 print:hidden">
      <div className={`mx-auto flex ${width} items-center justify-between gap-3 px-4 py-3 sm:px-8 sm:py-4`}>
        <a href="/" className="flex shrink-0 items-center gap-2 font-semibold tracking-tight">
          <LogoMark />
          <span className="text-lg">Parallax</span>
        </a>
        <div className="flex min-w-0 items-center gap-1 text-sm sm:gap-3">
          <nav aria-label="Site" className="flex items-center gap-0.5 sm:gap-1">
            <a href="/new" className={`${NAV_LINK} text-accent`}>
              <span aria-hidden="true">+ </span>New<span className="max-sm:sr-only"> comparison</span>
            </a>
            <a href="/comparisons" className={NAV_LINK}>
              Recent
            </a>
          </nav>
          <ThemeSwitch initial={theme} />
        </div>
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
      <div className={`mx-auto grid ${width} gap-8 px-5 py-8 text-sm text-muted sm:px-8 md:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]`}>
        <section aria-labelledby="about-heading">
          <h2 id="about-heading" className="font-semibold text-ink">
            About Parallax
          </h2>
          <p className="mt-2 max-w-prose">
            Parallax aligns statements across articles about one event and marks shared facts, conflicting details and facts
            unique to one source. Article text belongs to its publishers and is shown for comparison.
          </p>
          <p className="mt-3 flex flex-wrap gap-x-4 gap-y-1">
            <a href="/new" className="font-medium text-accent underline-offset-4 hover:underline">
              New comparison
            </a>
            <a href="/comparisons" className="font-medium text-accent underline-offset-4 hover:underline">
              All comparisons
            </a>
          </p>
        </section>
        <section aria-labelledby="keys-heading" className="print:hidden">
          <h2 id="keys-heading" className="font-semibold text-ink">
            Keyboard shortcuts
          </h2>
          <p className="mt-2">On a comparison page:</p>
          <ShortcutList />
        </section>
      </div>
    </footer>
  );
}
