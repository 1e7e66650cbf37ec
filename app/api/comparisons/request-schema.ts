// The body of `POST /api/comparisons`, exactly as ../shared/contract.md gives it. Unknown
// fields are refused rather than ignored, so a misspelt "titel" is not silently dropped.
import { z } from "zod";
import { LIMITS } from "@/lib/limits";
import type { SourceRequest } from "@/lib/fetch/resolve-sources";
import { AppError } from "@/app/_server/app-error";

/** The largest body read (see lib/limits.ts). */
export const MAX_BODY_BYTES = LIMITS.maxBodyBytes;

const sourceSchema = z.strictObject({
  text: z.string().optional(),
  html: z.string().optional(),
  url: z.string().max(2048).optional(),
  title: z.string().max(1000).optional(),
  outlet: z.string().max(200).optional(),
  publishedAt: z.string().max(100).optional(),
});

const createSchema = z.strictObject({
  // Counts are the engine's to judge (422 with its message); this bound only stops abuse.
  sources: z.array(sourceSchema).max(LIMITS.maxSources * 10),
  // Unlisted unless asked: a comparison of unpublished drafts must not appear on the home page.
  listed: z.boolean().optional(),
  // The event's name, when the creator gives one; else a neutral one is derived (lib/title).
  title: z.string().max(200).optional(),
});

export function parseCreateRequest(body: unknown): { sources: SourceRequest[]; listed?: boolean; title?: string } {
  const result = createSchema.safeParse(body);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const path = issue.path.map((part) => (typeof part === "number" ? `[${part}]` : `.${String(part)}`)).join("").replace(/^\./, "");
  const sourceIndex = issue.path[0] === "sources" && typeof issue.path[1] === "number" ? issue.path[1] : null;
  const where = sourceIndex === null ? (path ? `${path}: ` : "") : `Source ${sourceIndex + 1} (${path}): `;
  throw new AppError("invalid-request", `${where}${issue.message}`, { sourceIndex });
}

/** Reads the body up to `maxBytes` and parses it as JSON; 413 past the cap, 400 if not JSON. */
export async function readJsonBody(request: Request, maxBytes: number = MAX_BODY_BYTES): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? NaN);
  if (declared > maxBytes) throw tooLarge(maxBytes);
  const chunks: Uint8Array[] = [];
  let size = 0;
  if (request.body) {
    const reader = request.body.getReader();
    for (;;) {
      const { done, value } = await reader.read().catch(() => {
        // The client went away mid-upload (ECONNRESET): its fault, not ours, and nobody is listening.
        throw new AppError("invalid-json", "The request body ended before it was complete.");
      });
      if (done) break;
      size += value.byteLength;
      if (size > maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(maxBytes);
      }
      chunks.push(value);
    }
  }
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(Buffer.concat(chunks));
  } catch {
    throw new AppError("invalid-json", "The request body is not UTF-8 text.");
  }
  if (!text.trim()) throw new AppError("invalid-json", 'The request body is empty; send JSON like {"sources": [...]}.');
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new AppError("invalid-json", `The request body is not valid JSON: ${(error as Error).message}`);
  }
}

function tooLarge(maxBytes: number): AppError {
  return new AppError("too-large", `The request is larger than ${(maxBytes / 1_000_000).toFixed(0)} MB, the limit for one comparison.`);
}
