import type { Metadata, Viewport } from "next";
import type { ReactNode } from "react";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Parallax — one event, several outlets", template: "%s · Parallax" },
  description:
    "Parallax lines up how several news outlets report one event: the facts they share, the details they disagree on and what only one of them says.",
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

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: MARK_JS }} />
      </head>
      <body className="flex min-h-dvh flex-col">{children}</body>
    </html>
  );
}
