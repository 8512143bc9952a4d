import { jsonRoute } from "@/lib/actions/json-route";
import { decideSuggestion } from "@/lib/suggestions/decide-suggestion";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

/** Accepts or rejects a suggestion: 200 {id, decision, sectionId}; 403 (own suggestion, role), 404, 409 (already decided). */
export async function POST(request: Request, { params }: Params) {
  const { id } = await params;
  return jsonRoute(request, async ({ actor, db, body }) => {
    const done = await decideSuggestion({ actor, db, suggestionId: id, input: body });
    return { id: done.id, decision: done.decision, sectionId: done.sectionId };
  });
}
