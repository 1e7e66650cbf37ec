// The browser-side defences every answer carries. Pages get a Content-Security-Policy with a
// fresh nonce per request (proxy.ts), because Next.js streams its hydration data as inline
// scripts: a static policy would need 'unsafe-inline', which lets any injected script run.
// Everything else (API answers, exports, share images) gets a policy that allows nothing at
// all, since none of it is meant to run or load anything in a browser.
// No "@/" imports here: next.config.ts reads this file before the path aliases exist.

/** Headers that are the same on every answer; next.config.ts sets them for all routes. */
export const STATIC_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Share links are the only secret a page has; readers following a source link should not carry them along.
  { key: "Referrer-Policy", value: "no-referrer" },
  // For browsers that predate CSP frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** For answers that are data, not pages: nothing may run, load or frame them. */
export const DATA_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'; sandbox";

export interface PagePolicyOptions {
  /** React's development build needs eval for its error overlay; production never does. */
  development?: boolean;
}

/** The policy for HTML pages, allowing only our own files and scripts carrying `nonce`. */
export function buildPagePolicy(nonce: string, options: PagePolicyOptions = {}): string {
  const dev = options.development === true;
  const directives = [
    "default-src 'self'",
    // strict-dynamic: scripts our nonce'd bundles load are trusted; host lists are then ignored.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    // Style sheets, <style> elements and style attributes: ours only (the share bars are SVG,
    // sized by attributes, so no page needs an inline style attribute).
    `style-src 'self' ${dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    // data: for the inline favicon; nothing is ever loaded from another site.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ];
  return directives.join("; ");
}

/** API answers, export downloads and generated images: data, so the locked-down policy. */
export function isDataPath(pathname: string): boolean {
  return pathname.startsWith("/api/") || /\/(?:opengraph|twitter)-image(?:[-/]|$)/.test(pathname);
}

/** A nonce as CSP wants it: base64 of 128 random bits from the given source. */
export function encodeNonce(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString("base64");
}
