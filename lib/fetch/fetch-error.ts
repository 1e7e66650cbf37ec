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

// Readers of these messages made a comparison, not a network: they get what went wrong and
// what to do, in words. The system's code ("ENOTFOUND") means nothing to them.
const NETWORK_FAILURES: readonly [test: (code: string) => boolean, words: string][] = [
  [(code) => code === "ENOTFOUND" || code === "EAI_AGAIN" || code === "EAI_NONAME", "no site by that name was found; check the address for typos"],
  [(code) => code === "ECONNREFUSED", "the site refused the connection"],
  [(code) => code === "ECONNRESET" || code === "EPIPE" || code === "UND_ERR_SOCKET", "the site cut the connection off"],
  [(code) => code === "EHOSTUNREACH" || code === "ENETUNREACH", "there is no network route to the site"],
  [(code) => code === "ETIMEDOUT" || code === "UND_ERR_CONNECT_TIMEOUT", "the site did not answer"],
  [(code) => /CERT|TLS|SSL|SELF_SIGNED/.test(code), "the site's security certificate is not valid"],
];

/** Why `host` could not be reached, for the creator; `code` is the system's (ENOTFOUND, …). */
export function describeUnreachable(host: string, code: string | null): string {
  const words = code ? NETWORK_FAILURES.find(([test]) => test(code))?.[1] : undefined;
  return `${host} could not be reached: ${words ?? "the connection failed"}. Check the address, or paste the article's text instead.`;
}

/** Why a private or reserved address is refused; a host given as that very address is not repeated. */
export function describeBlockedAddress(host: string, address: string, reason: string): string {
  const where = host === address ? `${host}, a ${reason} address,` : `${host} leads to ${address}, a ${reason} address, and`;
  return `${where} is not on the public web. Only public web pages are fetched; paste the article's text instead.`;
}
