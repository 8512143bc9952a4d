import { jsonRoute } from "@/lib/actions/json-route";
import { decideRevision } from "@/lib/review/decide-revision";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

/** Approves or requests changes: 200 {revisionId, decision, status}; 403 (four-eyes) or 409 (already decided) with {error}. */
export async function POST(request: Request, { params }: Params) {
  const { id } = await params;
  return jsonRoute(request, async ({ actor, db, body }) => {
    const input = body && typeof body === "object" ? { ...body, revisionId: id } : body;
    const done = await decideRevision({ actor, db, input });
    return { revisionId: done.revisionId, decision: done.decision, status: done.status };
  });
}
