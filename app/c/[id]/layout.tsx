// Share metadata for a comparison's page: description, Open Graph and Twitter card text (the
// images come from opengraph-image.tsx and twitter-image.tsx). The page itself sets the title.
// Links in share cards must be absolute: they start with the configured public origin
// (lib/public-origin.ts), never with the Host a request claims.
import type { Metadata } from "next";
import type { ReactNode } from "react";
import { describeComparisonPage } from "@/app/_server/get-comparison";
import { readPublicOrigin } from "@/lib/public-origin";

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }): Promise<Metadata> {
  const { id } = await params;
  const { title: _pageSetsTitle, ...share } = await describeComparisonPage(id);
  return { ...share, metadataBase: new URL(readPublicOrigin(process.env)) };
}

export default function ComparisonLayout({ children }: { children: ReactNode }) {
  return children;
}
