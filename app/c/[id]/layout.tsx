// Share metadata for a comparison's page: description, Open Graph and Twitter card text (the
// images come from opengraph-image.tsx and twitter-image.tsx). The page itself sets the title.
// Links in share cards must be absolute: PARALLAX_PUBLIC_URL names the site when it is behind
// a proxy; otherwise the address the request came to is used.
import type { Metadata } from "next";
import { headers } from "next/headers";
import type { ReactNode } from "react";
import { describeComparisonPage } from "@/app/_lib/load-comparison";
import { loadPageComparison } from "@/app/_lib/load-page-comparison";

async function readSiteBase(): Promise<URL> {
  const configured = process.env.PARALLAX_PUBLIC_URL?.trim();
  if (configured) return new URL(configured);
  const list = await headers();
  const host = list.get("x-forwarded-host") ?? list.get("host") ?? "localhost:3000";
  const proto = list.get("x-forwarded-proto") === "https" ? "https" : "http";
  return new URL(`${proto}://${host}`);
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const { title: _pageSetsTitle, ...share } = await describeComparisonPage(id, loadPageComparison);
  return { ...share, metadataBase: await readSiteBase() };
}

export default function ComparisonLayout({ children }: { children: ReactNode }) {
  return children;
}
