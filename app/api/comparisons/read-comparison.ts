// GET /api/comparisons/{id}[?format=md|csv|json]: the stored JSON as it was written, or an
// export made from it. Stored comparisons never change, so their answers may be cached for good.
import { AppError } from "@/app/_server/app-error";
import { readComparison } from "@/app/_server/get-comparison";
import { formatCsv } from "@/lib/export/format-csv";
import { formatMarkdownReport } from "@/lib/export/format-markdown";
import type { Comparison } from "@/lib/types";
import { errorResponse } from "./api-errors";
import { chargeClient, type ApiServices } from "./api-services";

const FORMATS = ["json", "md", "csv"] as const;
type ExportFormat = (typeof FORMATS)[number];

const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  json: "application/json; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

export async function handleReadComparison(request: Request, id: string, services: ApiServices): Promise<Response> {
  try {
    await chargeClient(request, services, "reads", 1);
    const loaded = await readComparison(services.openStore, id);
    if (!loaded) {
      readFormat(new URL(request.url).searchParams.get("format")); // a bad format is a 400 either way
      throw new AppError("not-found", `There is no comparison with the id "${id}".`);
    }
    const pageUrl = `${services.publicOrigin()}/c/${id}`;
    return sendComparison(request, loaded, { pageUrl, fileName: `parallax-${id}` });
  } catch (error) {
    return errorResponse(error);
  }
}

export interface SendableComparison {
  title: string | null;
  json: string;
  immutable: boolean;
}

/** The stored JSON as written, or the export `?format=` asks for; revisions answer the same way. */
export function sendComparison(request: Request, loaded: SendableComparison, target: { pageUrl: string; fileName: string }): Response {
  const format = readFormat(new URL(request.url).searchParams.get("format"));
  const comparison = format === "md" || format === "csv" ? (JSON.parse(loaded.json) as Comparison) : null;
  const body =
    format === "md"
      ? formatMarkdownReport(comparison!, { url: target.pageUrl, title: loaded.title })
      : format === "csv"
        ? formatCsv(comparison!)
        : loaded.json;
  const headers: Record<string, string> = {
    "content-type": CONTENT_TYPES[format ?? "json"],
    "cache-control": loaded.immutable ? "public, max-age=31536000, immutable" : "public, max-age=300",
    "x-content-type-options": "nosniff",
  };
  if (format) headers["content-disposition"] = `attachment; filename="${target.fileName}.${format}"`;
  return new Response(body, { status: 200, headers });
}

function readFormat(value: string | null): ExportFormat | null {
  if (value === null) return null;
  if ((FORMATS as readonly string[]).includes(value)) return value as ExportFormat;
  throw new AppError("invalid-format", `Unknown format "${value}"; use md, csv or json.`);
}
