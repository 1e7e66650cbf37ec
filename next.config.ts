import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // The engine's lexicon and NLP packages are server-only; keep them out of client bundles.
  serverExternalPackages: ["compromise", "linkedom", "@mozilla/readability"],
  poweredByHeader: false,
};

export default nextConfig;
