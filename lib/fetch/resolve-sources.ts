import { InputError } from "../errors";
import { LIMITS } from "../limits";
import { stripControlChars } from "../text/plain-text";
import type { SourceInput } from "../types";
import { checkSourceUrl, type FetchedPage } from "./fetch-page";

// Turns the sources of a request into engine inputs. A source given as text or HTML is used as
// it is (its URL, if any, is only where it came from); a source given only as a URL is fetched.
// All fetches run at once, and the first failing source (in input order) is the one reported.

/** One source of `POST /api/comparisons`, as the contract names its fields. */
export interface SourceRequest {
  text?: string;
  html?: string;
  url?: string;
  title?: string;
  outlet?: string;
  publishedAt?: string;
}

export type PageFetcher = (url: string, sourceIndex: number) => Promise<FetchedPage>;

/** Count limits come first, so no URL is fetched for a request that cannot succeed. */
export function checkSourceCount(count: number): void {
  if (count < LIMITS.minSources) {
    throw new InputError("too-few-sources", `A comparison needs at least ${LIMITS.minSources} sources; got ${count}.`);
  }
  if (count > LIMITS.maxSources) {
    throw new InputError("too-many-sources", `A comparison takes at most ${LIMITS.maxSources} sources; got ${count}.`);
  }
}

export async function resolveSources(sources: readonly SourceRequest[], fetchSource: PageFetcher): Promise<SourceInput[]> {
  checkSourceCount(sources.length);
  sources.forEach(checkHasContent);
  const settled = await Promise.allSettled(sources.map((source, k) => resolveSource(source, k, fetchSource)));
  const failed = settled.find((result) => result.status === "rejected");
  if (failed) throw failed.reason;
  return settled.map((result) => (result as PromiseFulfilledResult<SourceInput>).value);
}

async function resolveSource(source: SourceRequest, index: number, fetchSource: PageFetcher): Promise<SourceInput> {
  const meta = {
    title: given(source.title),
    outlet: given(source.outlet),
    publishedAt: given(source.publishedAt),
    url: given(source.url),
  };
  // A URL is shown as a link on the page, so even one given only as metadata must be http(s).
  if (meta.url) checkSourceUrl(meta.url, index);
  if (hasText(source.html)) return { html: source.html, format: "html", ...meta };
  if (hasText(source.text)) return { text: source.text, ...meta };
  const page = await fetchSource(meta.url!, index);
  const body = page.format === "html" ? { html: page.body } : { text: page.body };
  return { ...body, format: page.format, ...meta };
}

function checkHasContent(source: SourceRequest, index: number): void {
  if (hasText(source.text) || hasText(source.html) || hasText(source.url)) return;
  throw new InputError("empty", `Source ${index + 1} is empty: paste its text, upload a file or give its web address.`, index);
}

function hasText(value: string | undefined): value is string {
  return value !== undefined && /\S/.test(value);
}

/** A field as given, without control characters: PostgreSQL refuses NUL, SQLite keeps it (0065). */
function given(value: string | undefined): string | null {
  const trimmed = value === undefined ? undefined : stripControlChars(value).trim();
  return trimmed ? trimmed : null;
}
