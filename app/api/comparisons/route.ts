import { defaultApiServices } from "./api-services";
import { handleCreateComparison } from "./create-comparison";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export function POST(request: Request): Promise<Response> {
  return handleCreateComparison(request, defaultApiServices());
}
