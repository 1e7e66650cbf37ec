import type { InputFormat } from "../types";

// What a fetched page's Content-Type says about it: which formats the engine can read, and the
// charset to decode it with. A page that names no type is read as text and sniffed by the
// engine, which refuses binary data on its own.

const FORMAT_BY_MEDIA_TYPE: Readonly<Record<string, InputFormat>> = {
  "text/html": "html",
  "application/xhtml+xml": "html",
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
};

export interface ContentType {
  mediaType: string;
  charset: string | null;
}

export function parseContentType(header: string | null): ContentType | null {
  if (!header) return null;
  const [type, ...params] = header.split(";");
  const mediaType = type!.trim().toLowerCase();
  if (!mediaType) return null;
  const charset = params.map((p) => /^\s*charset\s*=\s*"?([^";\s]+)"?/i.exec(p)?.[1]).find(Boolean) ?? null;
  return { mediaType, charset: charset?.toLowerCase() ?? null };
}

/** The engine format for a media type, or null when the engine cannot read it. */
export function formatForMediaType(mediaType: string | null): InputFormat | null {
  if (mediaType === null) return "text";
  return FORMAT_BY_MEDIA_TYPE[mediaType] ?? null;
}

/** HTML may name its charset in a meta tag instead of the header; only the first kilobytes count. */
export function sniffHtmlCharset(head: Uint8Array): string | null {
  const text = new TextDecoder("latin1").decode(head.subarray(0, 2048));
  return /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(text)?.[1]?.toLowerCase() ?? null;
}

export function decodeBody(bytes: Uint8Array, charset: string | null): string {
  try {
    return new TextDecoder(charset ?? "utf-8").decode(bytes);
  } catch {
    return new TextDecoder("utf-8").decode(bytes); // an unknown charset label
  }
}
