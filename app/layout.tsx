import type { Metadata, Viewport } from "next";
import { cookies, headers } from "next/headers";
import type { ReactNode } from "react";
import { parseThemeChoice, THEME_COOKIE, themeAttribute } from "@/components/shared/theme-choice";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Parallax — one event, several outlets", template: "%s · Parallax" },
  description:
    "Parallax lines up how several news outlets report one event: the facts they share, the details they disagree on and what only one of them says.",
  // The logo's two circles, inline, so no icon file is fetched (and none 404s).
  icons: {
    icon: `data:image/svg+xml,${encodeURIComponent(
      '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 28 20"><circle cx="10" cy="10" r="8" fill="none" stroke="#1d2024" stroke-width="2"/><circle cx="18" cy="10" r="8" fill="none" stroke="#2f5d8a" stroke-width="2"/></svg>',
    )}`,
  },
};

export const viewport: Viewport = {
  themeColor: [
    { media: "(prefers-color-scheme: light)", color: "#f7f6f3" },
    { media: "(prefers-color-scheme: dark)", color: "#121417" },
  ],
};

// Set before the first paint, so controls that need JavaScript are laid out from the start
// (no shift when the page hydrates) and stay out of the way when scripts are off.
const MARK_JS = "document.documentElement.classList.add('js')";

// Reading the request makes every page render per request, which the CSP nonce set by
// proxy.ts needs: a page prerendered at build time would carry no nonce and its scripts would
// be refused.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const nonce = (await headers()).get("x-nonce") ?? undefined;
  // The reader's stored theme is rendered in from the first byte; none set means the system's.
  const theme = themeAttribute(parseThemeChoice((await cookies()).get(THEME_COOKIE)?.value));
  return (
    <html lang="en" data-theme={theme} suppressHydrationWarning>
      <head>
        <script nonce={nonce} dangerouslySetInnerHTML={{ __html: MARK_JS }} />
      </head>
      <body className="flex min-h-dvh flex-col">{children}</body>
    </html>
  );
}
