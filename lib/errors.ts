// Errors the user can fix (bad input) are typed so every edge — CLI, API, page — can turn them
// into a clear message and the right status, and tell them apart from our own faults.

export type InputErrorCode =
  | "too-few-sources"
  | "too-many-sources"
  | "empty"
  | "binary"
  | "too-large"
  | "unsupported-format"
  | "invalid";

export class InputError extends Error {
  readonly code: InputErrorCode;
  /** Index of the source the problem is in, when it is about one source. */
  readonly sourceIndex: number | null;

  constructor(code: InputErrorCode, message: string, sourceIndex: number | null = null) {
    super(message);
    this.name = "InputError";
    this.code = code;
    this.sourceIndex = sourceIndex;
  }
}

export function isInputError(error: unknown): error is InputError {
  return error instanceof InputError;
}
