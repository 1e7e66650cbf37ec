// Share metadata for a comparison's page: description, Open Graph and Twitter card text (the
// images come from opengraph-image.tsx and twitter-image.tsx). The page itself sets the title.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { describeComparisonPage } from "@/app/_lib/load-comparison";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const { title: _title, ...share } = await describeComparisonPage(id);
  const base = process.env.PARALLAX_PUBLIC_URL?.trim();
  return base ? { ...share, metadataBase: new URL(base) } : share;
}

export default function ComparisonLayout({ children }: { children: ReactNode }) {
  return children;
}
