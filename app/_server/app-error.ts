// The server's one error: a code from the table below, a message for the user, and optionally
// the source it is about and extra answer headers. The status is never chosen where the error
// is thrown; it is looked up here, so the API's statuses are decided in one place. Errors from
// the layers below (the engine's InputError, the fetcher's FetchError, the engine pool's
// refusals) keep their own classes there and become an AppError on their way out.
import { InputError, type InputErrorCode } from "@/lib/errors";
import { FetchError, type FetchErrorCode } from "@/lib/fetch/fetch-error";
import { EngineBusyError, EngineTimeoutError } from "@/app/_lib/engine-pool";

export type AppErrorCode =
  | "invalid-request"
  | "invalid-json"
  | "invalid-format"
  | "edit-key-required"
  | "edit-key-wrong"
  | "not-found"
  | "no-comparison"
  | "no-revision"
  | "hidden"
  | "too-large"
  | "invalid-result"
  | "rate-limited"
  | "busy"
  | "engine-busy"
  | "engine-timeout"
  | "internal"
  | InputErrorCode
  | FetchErrorCode;

/** Code → HTTP status: whose fault it is and what the client may do about it. */
export const APP_ERROR_STATUS: Readonly<Record<AppErrorCode, number>> = {
  "invalid-request": 400,
  "invalid-json": 400,
  "invalid-format": 400,
  "edit-key-required": 401,
  "edit-key-wrong": 403,
  "not-found": 404,
  "no-comparison": 404,
  "no-revision": 404,
  hidden: 410,
  "too-large": 413,
  "too-few-sources": 422,
  "too-many-sources": 422,
  empty: 422,
  binary: 422,
  "unsupported-format": 422,
  invalid: 422,
  "url-invalid": 422,
  "url-blocked": 422,
  "url-unreachable": 422,
  "url-timeout": 422,
  "url-http-status": 422,
  "url-too-many-redirects": 422,
  "url-unsupported-type": 422,
  "url-too-large": 422,
  "invalid-result": 422,
  "rate-limited": 429,
  busy: 503,
  "engine-busy": 503,
  "engine-timeout": 503,
  internal: 500,
};

export interface AppErrorOptions {
  /** Index of the source the problem is in, counted from 0, when it is about one source. */
  sourceIndex?: number | null;
  /** Extra answer headers, such as Retry-After on a 429. */
  headers?: Readonly<Record<string, string>>;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly sourceIndex: number | null;
  readonly headers: Readonly<Record<string, string>>;

  constructor(code: AppErrorCode, message: string, options: AppErrorOptions = {}) {
    super(message);
    this.name = "AppError";
    this.code = code;
    this.sourceIndex = options.sourceIndex ?? null;
    this.headers = options.headers ?? {};
  }

  get status(): number {
    return APP_ERROR_STATUS[this.code];
  }
}

/** The engine pool's refusals, in the words of what was being done when they came. */
const ENGINE_WORDS = {
  create: {
    busy: "Too many comparisons are being made right now; nothing was saved. Try again in a few seconds.",
    timeout: "The comparison took too long and was stopped; nothing was saved. Try fewer or shorter sources.",
  },
  review: {
    busy: "The server is busy; nothing was saved. Try again in a few seconds.",
    timeout: "Applying the changes took too long and was stopped; nothing was saved. Save fewer changes at a time.",
  },
} as const;

/** The AppError an error stands for, or null for our own faults (a 500). */
export function toAppError(error: unknown, doing: keyof typeof ENGINE_WORDS = "create"): AppError | null {
  if (error instanceof AppError) return error;
  if (error instanceof InputError || error instanceof FetchError) return new AppError(error.code, error.message, { sourceIndex: error.sourceIndex });
  if (error instanceof EngineBusyError) return new AppError("engine-busy", ENGINE_WORDS[doing].busy, { headers: { "retry-after": "5" } });
  if (error instanceof EngineTimeoutError) return new AppError("engine-timeout", ENGINE_WORDS[doing].timeout);
  return null;
}
