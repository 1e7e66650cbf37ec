// A URL the server could not or would not fetch. Like InputError it is the user's to fix (a
// wrong address, a page that is not an article), so the API answers 422 and names the source.
// Its codes are its own: InputErrorCode belongs to the engine.

export type FetchErrorCode =
  | "url-invalid"
  | "url-blocked"
  | "url-unreachable"
  | "url-timeout"
  | "url-http-status"
  | "url-too-many-redirects"
  | "url-unsupported-type"
  | "url-too-large";

export class FetchError extends Error {
  readonly code: FetchErrorCode;
  readonly sourceIndex: number | null;

  constructor(code: FetchErrorCode, message: string, sourceIndex: number | null = null) {
    super(message);
    this.name = "FetchError";
    this.code = code;
    this.sourceIndex = sourceIndex;
  }
}

export function isFetchError(error: unknown): error is FetchError {
  return error instanceof FetchError;
}
