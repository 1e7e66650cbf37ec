// Reads of comparisons under the per-client rate limit (docs/decisions/0060): a page of a large
// comparison costs real work even in parts, so pages, their share images and API reads each
// take a "reads" token. Over the limit: 429 with Retry-After, a short page for browsers and the
// API's error body for the API. Runs in proxy.ts, before any route reads the database.
import { clientKeyOf, type ClientLimiter } from "./client-rate-limit";

/** GET and HEAD of /c/{id}/… and /api/comparisons/{id}/…; the list and the create are not reads of one. */
export function isComparisonRead(method: string, pathname: string): boolean {
  if (method !== "GET" && method !== "HEAD") return false;
  return /^\/c\/[^/]+(?:\/|$)/.test(pathname) || /^\/api\/comparisons\/[^/]+(?:\/|$)/.test(pathname);
}

/** Null when the request may go on; else the 429 to answer. */
export function limitRead(request: Request, limiter: ClientLimiter | null): Response | null {
  const { pathname } = new URL(request.url);
  if (!limiter || !isComparisonRead(request.method, pathname)) return null;
  const result = limiter.take(clientKeyOf(request), "reads");
  if (result.allowed) return null;
  const wait = String(result.retryAfterSeconds);
  const message = `Too many reads from your address; try again in ${wait} s.`;
  const headers = { "retry-after": wait, "cache-control": "no-store" };
  if (pathname.startsWith("/api/")) {
    return new Response(JSON.stringify({ error: { code: "rate-limited", message } }), { status: 429, headers: { ...headers, "content-type": "application/json; charset=utf-8" } });
  }
  const page = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Too many requests</title><h1>Too many requests</h1><p>${message}</p></html>`;
  return new Response(page, { status: 429, headers: { ...headers, "content-type": "text/html; charset=utf-8" } });
}
