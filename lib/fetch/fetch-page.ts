import type { InputFormat } from "../types";
import { checkAddress, isIpLiteral } from "./check-address";
import { decodeBody, formatForMediaType, parseContentType, sniffHtmlCharset } from "./content-type";
import { describeBlockedAddress, describeUnreachable, FetchError, type FetchErrorCode } from "./fetch-error";
import { FETCH_LIMITS } from "./fetch-limits";

// Fetches one source URL for the engine, safely: only http(s), only public addresses (checked
// after DNS and again on every redirect, and the connection goes to the very address that was
// checked, so DNS cannot change its answer in between), a few redirects, one deadline for the
// whole fetch, a byte cap while reading, and only content types the engine can read. The
// network itself is injected (see app/_lib/fetch-page.ts), so all of this is tested without it.

export interface HttpResponse {
  status: number;
  header(name: string): string | null;
  body: AsyncIterable<Uint8Array>;
  /** Stops reading and frees the connection. */
  discard(): void;
}

export interface FetchDeps {
  resolveHost(hostname: string): Promise<string[]>;
  /** GET `url`, connecting to `address` and no other. */
  request(url: URL, address: string, headers: Readonly<Record<string, string>>, signal: AbortSignal): Promise<HttpResponse>;
  /** A signal that aborts after `ms` (AbortSignal.timeout at the edge). */
  deadline(ms: number): AbortSignal;
  /** Lets private, loopback and link-local addresses through: for tests on this machine only. */
  allowPrivate: boolean;
}

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
}

export interface FetchedPage {
  /** Where the page was finally found, after redirects. */
  url: string;
  format: InputFormat;
  body: string;
  contentType: string | null;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const REQUEST_HEADERS = {
  "user-agent": "Parallax/0.1 (news coverage comparison; fetches one page a user asked for)",
  accept: "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9",
  "accept-language": "en",
};

export async function fetchPage(rawUrl: string, sourceIndex: number, deps: FetchDeps, limits: FetchLimits = FETCH_LIMITS): Promise<FetchedPage> {
  const fail = (code: FetchErrorCode, detail: string) => new FetchError(code, `Source ${sourceIndex + 1}: ${detail}`, sourceIndex);
  const signal = deps.deadline(limits.timeoutMs);
  let url = parseSourceUrl(rawUrl, fail);
  try {
    for (let redirects = 0; ; redirects++) {
      const address = await pickAddress(url, deps, signal, fail);
      const response = await untilAborted(deps.request(url, address, REQUEST_HEADERS, signal), signal);
      const location = response.header("location");
      if (REDIRECTS.has(response.status) && location) {
        response.discard();
        if (redirects >= limits.maxRedirects) throw fail("url-too-many-redirects", `${rawUrl} redirects more than ${limits.maxRedirects} times.`);
        url = parseSourceUrl(new URL(location, url).href, fail);
        continue;
      }
      if (response.status < 200 || response.status > 299) {
        response.discard();
        throw fail("url-http-status", `${url.href} answered with HTTP status ${response.status}, not a page.`);
      }
      return await readPage(url, response, limits, signal, fail);
    }
  } catch (error) {
    if (error instanceof FetchError) throw error;
    if (signal.aborted) throw fail("url-timeout", `${url.href} did not answer within ${limits.timeoutMs / 1000} seconds.`);
    throw fail("url-unreachable", describeUnreachable(url.host, readErrorCode(error)));
  }
}

type Fail = (code: FetchErrorCode, detail: string) => FetchError;

/** Throws unless `raw` is an http(s) address a page may link to; used for URLs given as metadata. */
export function checkSourceUrl(raw: string, sourceIndex: number): string {
  return parseSourceUrl(raw, (code, detail) => new FetchError(code, `Source ${sourceIndex + 1}: ${detail}`, sourceIndex)).href;
}

function parseSourceUrl(raw: string, fail: Fail): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw fail("url-invalid", `"${raw}" is not a web address.`);
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw fail("url-invalid", `only http and https addresses can be fetched, not ${url.protocol}`);
  if (url.username || url.password) throw fail("url-invalid", "web addresses with a user name or password are not fetched.");
  return url;
}

async function pickAddress(url: URL, deps: FetchDeps, signal: AbortSignal, fail: Fail): Promise<string> {
  const host = url.hostname.replace(/^\[|\]$/g, "");
  const addresses = isIpLiteral(host) ? [host] : await untilAborted(deps.resolveHost(host), signal);
  if (addresses.length === 0) throw fail("url-unreachable", `no address was found for ${host}.`);
  if (!deps.allowPrivate) {
    // Every address must be public: a name that also resolves to 127.0.0.1 is refused outright.
    for (const address of addresses) {
      const verdict = checkAddress(address);
      if (!verdict.allowed) {
        throw fail("url-blocked", describeBlockedAddress(host, address, verdict.reason));
      }
    }
  }
  return addresses[0]!;
}

async function readPage(url: URL, response: HttpResponse, limits: FetchLimits, signal: AbortSignal, fail: Fail): Promise<FetchedPage> {
  const header = response.header("content-type");
  const contentType = parseContentType(header);
  const format = formatForMediaType(contentType?.mediaType ?? null);
  if (!format) {
    response.discard();
    throw fail("url-unsupported-type", `${url.href} is ${contentType?.mediaType}, not a web page or text; give its text or upload the file instead.`);
  }
  const tooLarge = () => fail("url-too-large", `${url.href} is larger than ${(limits.maxBytes / 1_000_000).toFixed(1)} MB, the limit for one page.`);
  const declared = Number(response.header("content-length") ?? NaN);
  if (declared > limits.maxBytes) {
    response.discard();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let size = 0;
  const iterator = response.body[Symbol.asyncIterator]();
  for (;;) {
    const next = await untilAborted(iterator.next(), signal);
    if (next.done) break;
    size += next.value.byteLength;
    if (size > limits.maxBytes) {
      response.discard();
      throw tooLarge();
    }
    chunks.push(next.value);
  }
  const bytes = concatBytes(chunks, size);
  const charset = contentType?.charset ?? (format === "html" ? sniffHtmlCharset(bytes) : null);
  return { url: url.href, format, body: decodeBody(bytes, charset), contentType: header };
}

/** Settles with `promise`, or rejects as soon as `signal` aborts, whichever comes first. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener("abort", onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener("abort", onAbort);
        reject(error);
      },
    );
  });
}

function concatBytes(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

function readErrorCode(error: unknown): string | null {
  const direct = (error as { code?: unknown } | null)?.code;
  if (typeof direct === "string") return direct;
  // fetch-style errors carry the socket's code on their cause.
  const cause = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return typeof cause === "string" ? cause : null;
}
