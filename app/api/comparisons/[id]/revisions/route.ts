import { defaultApiServices } from "../../api-services";
import { handleCreateRevision, handleListRevisions } from "../../revision-handlers";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

type Context = { params: Promise<{ id: string }> };

export async function GET(request: Request, { params }: Context): Promise<Response> {
  return handleListRevisions(request, (await params).id, defaultApiServices());
}

export async function POST(request: Request, { params }: Context): Promise<Response> {
  return handleCreateRevision(request, (await params).id, defaultApiServices());
}
