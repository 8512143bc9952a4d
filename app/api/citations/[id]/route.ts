import { jsonRoute } from "@/lib/actions/json-route";
import { editCitation } from "@/lib/citations/edit-citation";

export const dynamic = "force-dynamic";

type Params = { params: Promise<{ id: string }> };

/** `{"accessed"?: "YYYY-MM-DD", "pinpoint"?: string|null, "position"?: n}` → `{id, accessed, pinpoint}`. */
export async function PATCH(request: Request, { params }: Params) {
  const { id } = await params;
  return jsonRoute(request, ({ actor, db, body }) => editCitation({ actor, db, citationId: id, input: body }));
}
