import type { NextConfig } from "next";
import { DATA_CONTENT_SECURITY_POLICY, STATIC_SECURITY_HEADERS } from "./app/_lib/security-headers";

const nextConfig: NextConfig = {
  // The engine's lexicon and NLP packages are server-only; keep them out of client bundles.
  serverExternalPackages: ["compromise", "linkedom", "@mozilla/readability"],
  poweredByHeader: false,
  // The New comparison form posts to a server action when JavaScript is off (app/new): it must
  // take what the API takes (lib/limits.ts maxBodyBytes, 17 MB), not Next's 1 MB default.
  experimental: { serverActions: { bodySizeLimit: "17mb" } },
  // Pages get their per-request Content-Security-Policy in proxy.ts (it needs a fresh nonce);
  // the API, which the proxy skips so it can read its own body, gets the data policy here.
  async headers() {
    return [
      { source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] },
      { source: "/api/:path*", headers: [{ key: "Content-Security-Policy", value: DATA_CONTENT_SECURITY_POLICY }] },
    ];
  },
};

export default nextConfig;
