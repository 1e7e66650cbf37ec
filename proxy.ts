// Runs before every route: gives each page request a fresh CSP nonce (Next.js reads it from the
// request's policy header and stamps its own inline and bundle scripts with it) and sets the
// matching policy on the answer. Share images get the policy that allows nothing. The API is
// left out: Next.js copies a request body for the proxy and cuts it at 10 MiB only after reading
// the whole upload, so the API's own cap could never refuse a large body early (next.config.ts
// gives API answers their policy instead; docs/decisions/0065).
import { NextResponse, type NextRequest } from "next/server";
import { getClientLimiter } from "./app/_lib/client-rate-limit";
import { limitRead } from "./app/_lib/read-rate-limit";
import { DATA_CONTENT_SECURITY_POLICY, buildPagePolicy, encodeNonce, isDataPath } from "./app/_lib/security-headers";

export function proxy(request: NextRequest): NextResponse | Response {
  // Reads of comparisons are charged first, so a client over its limit costs no database read.
  const refused = limitRead(request, getClientLimiter());
  if (refused) {
    refused.headers.set("Content-Security-Policy", DATA_CONTENT_SECURITY_POLICY);
    return refused;
  }
  if (isDataPath(request.nextUrl.pathname)) {
    const response = NextResponse.next();
    response.headers.set("Content-Security-Policy", DATA_CONTENT_SECURITY_POLICY);
    return response;
  }
  const nonce = encodeNonce(crypto.getRandomValues(new Uint8Array(16)));
  const policy = buildPagePolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

export const config = {
  // Hashed build assets need no policy of their own and are the bulk of requests; /api reads
  // its own body (see above).
  matcher: ["/((?!_next/static|_next/image|api/).*)"],
};
