import { defaultApiServices } from "../api-services";
import { handleReadComparison } from "../read-comparison";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params;
  return handleReadComparison(request, id, defaultApiServices());
}
