import { jsonRoute } from "@/lib/actions/json-route";
import { sectionSuggestions } from "@/lib/suggestions/section-suggestions";
import { AppError } from "@/lib/errors";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The section's open suggestions: 200 {suggestions: [{id, kind, text, author: {id, name}, createdAt}]}. */
export async function GET(request: Request, { params }: Params) {
  const { id } = await params;
  return jsonRoute(request, async ({ actor, db }) => {
    if (!uuid.test(id)) throw new AppError("not_found:section", "That section does not exist.", { field: "id" });
    return { suggestions: await sectionSuggestions({ actor, db, sectionId: id.toLowerCase() }) };
  });
}
