// Every failure leaves the API as `{"error": {"code", "message"}}` with a status that says
// whose it is: 400 for a malformed request, 413 for one too large, 422 for sources that cannot
// be compared (named by `sourceIndex`, counted from 0), 404 for an unknown id, 429 for a client
// over its rate limit, 503 when the engine is too busy or ran past its time budget. Our own faults are a 500 with the same body, logged, never a stack trace.
import { isInputError } from "@/lib/errors";
import { isFetchError } from "@/lib/fetch/fetch-error";
import { EngineBusyError, EngineTimeoutError } from "@/app/_lib/engine-pool";

export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly sourceIndex: number | null;
  /** Extra answer headers, such as Retry-After on a 429. */
  readonly headers: Readonly<Record<string, string>>;

  constructor(status: number, code: string, message: string, sourceIndex: number | null = null, headers: Readonly<Record<string, string>> = {}) {
    super(message);
    this.name = "ApiError";
    this.status = status;
    this.code = code;
    this.sourceIndex = sourceIndex;
    this.headers = headers;
  }
}

export function jsonResponse(body: string, status: number, headers: Record<string, string> = {}): Response {
  return new Response(body, { status, headers: { "content-type": "application/json; charset=utf-8", ...headers } });
}

export function errorResponse(error: unknown): Response {
  const known = toApiError(error);
  if (!known) console.error("Unexpected error in the comparisons API:", error);
  const { status, code, message, sourceIndex, headers } = known ?? {
    status: 500,
    code: "internal",
    message: "Something went wrong on our side and the comparison was not made. Please try again.",
    sourceIndex: null,
    headers: {},
  };
  const body = { error: { code, message, ...(sourceIndex === null ? {} : { sourceIndex }) } };
  return jsonResponse(JSON.stringify(body), status, { ...headers, "cache-control": "no-store" });
}

function toApiError(error: unknown): ApiError | null {
  if (error instanceof ApiError) return error;
  if (isInputError(error)) return new ApiError(error.code === "too-large" ? 413 : 422, error.code, error.message, error.sourceIndex);
  if (isFetchError(error)) return new ApiError(422, error.code, error.message, error.sourceIndex);
  if (error instanceof EngineBusyError) {
    return new ApiError(503, "engine-busy", "Too many comparisons are being made right now; nothing was saved. Try again in a few seconds.", null, { "retry-after": "5" });
  }
  if (error instanceof EngineTimeoutError) {
    return new ApiError(503, "engine-timeout", "The comparison took too long and was stopped; nothing was saved. Try fewer or shorter sources.");
  }
  return null;
}
