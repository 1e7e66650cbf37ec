// GET /api/comparisons/{id}[?format=md|csv|json]: the stored JSON as it was written, or an
// export made from it. Stored comparisons never change, so their answers may be cached for good.
import { loadComparisonFrom } from "@/app/_lib/load-comparison";
import { formatCsv } from "@/lib/export/format-csv";
import { formatMarkdownReport } from "@/lib/export/format-markdown";
import { ApiError, errorResponse } from "./api-errors";
import type { ApiServices } from "./api-services";

const FORMATS = ["json", "md", "csv"] as const;
type ExportFormat = (typeof FORMATS)[number];

const CONTENT_TYPES: Readonly<Record<ExportFormat, string>> = {
  json: "application/json; charset=utf-8",
  md: "text/markdown; charset=utf-8",
  csv: "text/csv; charset=utf-8",
};

export async function handleReadComparison(request: Request, id: string, services: ApiServices): Promise<Response> {
  try {
    const format = readFormat(new URL(request.url).searchParams.get("format"));
    const loaded = await loadComparisonFrom(services.openStore, id);
    if (!loaded) throw new ApiError(404, "not-found", `There is no comparison with the id "${id}".`);
    const pageUrl = `${services.publicOrigin(request)}/c/${id}`;
    const body =
      format === "md"
        ? formatMarkdownReport(loaded.comparison, { url: pageUrl, title: loaded.title })
        : format === "csv"
          ? formatCsv(loaded.comparison)
          : loaded.json;
    const headers: Record<string, string> = {
      "content-type": CONTENT_TYPES[format ?? "json"],
      "cache-control": loaded.immutable ? "public, max-age=31536000, immutable" : "public, max-age=300",
      "x-content-type-options": "nosniff",
    };
    if (format) headers["content-disposition"] = `attachment; filename="parallax-${id}.${format}"`;
    return new Response(body, { status: 200, headers });
  } catch (error) {
    return errorResponse(error);
  }
}

function readFormat(value: string | null): ExportFormat | null {
  if (value === null) return null;
  if ((FORMATS as readonly string[]).includes(value)) return value as ExportFormat;
  throw new ApiError(400, "invalid-format", `Unknown format "${value}"; use md, csv or json.`);
}
