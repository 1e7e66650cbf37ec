// Every failure leaves the API as `{"error": {"code", "message"}}` with the status the one code
// → status table gives it (app/_server/app-error.ts): 400 for a malformed request, 401/403 for
// a missing or wrong edit key, 404 for an unknown id, 410 for a hidden revision, 413 for one
// too large, 422 for sources that cannot be compared (named by `sourceIndex`, counted from 0),
// 429 for a client over its rate limit, 503 when the engine is too busy or ran past its time
// budget. Our own faults are a 500 with the same body, logged, never a stack trace.
import { toAppError, type AppError } from "@/app/_server/app-error";

export function jsonResponse(body: string, status: number, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { "content-type": "application/json; charset=utf-8", ...headers } });
}

const INTERNAL = {
  status: 500,
  code: "internal",
  message: "Something went wrong on our side and the comparison was not made. Please try again.",
  sourceIndex: null,
  headers: {},
} as const;

export function errorResponse(error: unknown): Response {
  const known: AppError | null = toAppError(error);
  if (!known) console.error("Unexpected error in the comparisons API:", error);
  const { status, code, message, sourceIndex, headers } = known ?? INTERNAL;
  const body = { error: { code, message, ...(sourceIndex === null ? {} : { sourceIndex }) } };
  return jsonResponse(JSON.stringify(body), status, { ...headers, "cache-control": "no-store" });
}
