import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./app/_lib/security-headers";

const nextConfig: NextConfig = {
  // The engine's lexicon and NLP packages are server-only; keep them out of client bundles.
  serverExternalPackages: ["compromise", "linkedom", "@mozilla/readability"],
  poweredByHeader: false,
  // The per-request Content-Security-Policy is set in proxy.ts (it needs a fresh nonce).
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
};

export default nextConfig;
