import { defaultApiServices } from "../../../api-services";
import { handleReadRevision } from "../../../revision-handlers";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string; n: string }> }): Promise<Response> {
  const { id, n } = await params;
  return handleReadRevision(request, id, n, defaultApiServices());
}
