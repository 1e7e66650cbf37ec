import Link from "next/link";
import { PageShell } from "@/components/shared/page-shell";

export default function NotFound() {
  return (
    <PageShell>
      <h1 className="font-serif text-3xl font-semibold tracking-tight">Page not found</h1>
      <p className="mt-4 max-w-prose text-muted">
        There is no page or comparison at this address. The link may be mistyped, or the comparison may no longer exist.
      </p>
      <p className="mt-6">
        <Link href="/" className="font-medium text-accent underline underline-offset-4">
          See the example comparison
        </Link>
      </p>
    </PageShell>
  );
}
