import { NextRequest } from "next/server";
import { describe, expect, it } from "vitest";
import nextConfig from "@/next.config";
import { config, proxy } from "@/proxy";
import { DATA_CONTENT_SECURITY_POLICY, buildPagePolicy, isDataPath } from "./security-headers";

// The policies as proxy.ts and next.config.ts hand them to Next.js. The browser test
// (e2e/security.spec.ts) checks the same headers on the production server's real answers.

function directives(policy: string): Map<string, string> {
  return new Map(policy.split(";").map((part) => {
    const [name, ...values] = part.trim().split(/\s+/);
    return [name!, values.join(" ")];
  }));
}

describe("security headers", () => {
  it("give pages a nonce policy with no inline, eval or foreign sources in production", () => {
    const policy = directives(buildPagePolicy("abc123=="));
    expect(policy.get("script-src")).toBe("'self' 'nonce-abc123==' 'strict-dynamic'");
    expect(policy.get("style-src")).toBe("'self' 'nonce-abc123=='");
    expect(policy.get("object-src")).toBe("'none'");
    expect(policy.get("frame-ancestors")).toBe("'none'");
    expect(policy.get("base-uri")).toBe("'none'");
    expect(policy.has("style-src-attr")).toBe(false);
    expect([...policy.values()].join(" ")).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
  });

  it("allow eval only for React's development build", () => {
    expect(buildPagePolicy("n", { development: true })).toContain("'unsafe-eval'");
  });

  it("set a fresh nonce per page request, on the answer and on the request Next.js renders", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 5; i++) {
      const response = proxy(new NextRequest("http://localhost:3000/c/abc"));
      const policy = response.headers.get("content-security-policy")!;
      const nonce = /'nonce-([A-Za-z0-9+/=]+)'/.exec(policy)?.[1];
      expect(nonce).toHaveLength(24); // 128 bits in base64
      seen.add(nonce!);
      // NextResponse.next({ request }) passes the rewritten request headers on as x-middleware-request-*.
      expect(response.headers.get("x-middleware-request-x-nonce")).toBe(nonce);
      expect(response.headers.get("x-middleware-request-content-security-policy")).toBe(policy);
    }
    expect(seen.size).toBe(5);
  });

  it("lock data routes (API, exports, share images) down completely", async () => {
    for (const path of ["/c/abc/opengraph-image", "/c/abc/twitter-image-1x2"]) {
      expect(isDataPath(new URL(path, "http://x").pathname), path).toBe(true);
      expect(proxy(new NextRequest(`http://localhost:3000${path}`)).headers.get("content-security-policy")).toBe(DATA_CONTENT_SECURITY_POLICY);
    }
    // The API is outside the proxy (it reads its own body), so next.config.ts gives it the policy.
    const api = (await nextConfig.headers!()).find((rule) => rule.source === "/api/:path*");
    expect(api?.headers).toEqual([{ key: "Content-Security-Policy", value: DATA_CONTENT_SECURITY_POLICY }]);
    expect(isDataPath("/c/opengraph-images-are-fun")).toBe(false);
    expect(DATA_CONTENT_SECURITY_POLICY).toMatch(/^default-src 'none';/);
  });

  it("run the proxy on every page but not on hashed build assets or the API", () => {
    // Next.js copies a body for the proxy and reads the whole upload first, so the API's own cap
    // could never refuse early (docs/decisions/0065).
    const pattern = new RegExp(`^${config.matcher[0]!}$`); // Next reads it as path-to-regexp; plain regex agrees here
    expect(pattern.test("/c/abc")).toBe(true);
    expect(pattern.test("/c/abc/opengraph-image")).toBe(true);
    expect(pattern.test("/api/comparisons")).toBe(false);
    expect(pattern.test("/api/comparisons/abc/revisions")).toBe(false);
    expect(pattern.test("/_next/static/chunks/app.js")).toBe(false);
  });

  it("send the static headers on every route", async () => {
    const rules = await nextConfig.headers!();
    expect(rules[0]!.source).toBe("/:path*");
    const byName = Object.fromEntries(rules[0]!.headers.map((h) => [h.key.toLowerCase(), h.value]));
    expect(byName).toMatchObject({
      "x-content-type-options": "nosniff",
      "referrer-policy": "no-referrer",
      "x-frame-options": "DENY",
      "cross-origin-opener-policy": "same-origin",
    });
    expect(byName["permissions-policy"]).toContain("camera=()");
    expect(nextConfig.poweredByHeader).toBe(false);
  });
});
