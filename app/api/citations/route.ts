import { z } from "zod";
import { jsonRoute } from "@/lib/actions/json-route";
import { authorize } from "@/lib/auth/policies";
import { addCitation } from "@/lib/citations/add-citation";
import { citationItems } from "@/lib/citations/queries";
import { parseInput } from "@/lib/validation/parse-input";

export const dynamic = "force-dynamic";

const idsSchema = z.object({
  ids: z
    .string({ error: "ids is required." })
    .transform((v) => v.split(",").filter(Boolean))
    .pipe(z.array(z.uuid({ error: "ids must be citation UUIDs separated by commas." })).max(2000, { error: "At most 2000 ids at once." })),
});

/** The sources of the given citations, for formatting footnotes in the browser. */
export function GET(request: Request) {
  return jsonRoute(request, async ({ actor, db }) => {
    authorize(actor, "profile.readDraft");
    const { ids } = parseInput(idsSchema, Object.fromEntries(new URL(request.url).searchParams));
    const items = await citationItems(actor, db, ids);
    return { citations: Object.fromEntries(items) };
  });
}

export function POST(request: Request) {
  return jsonRoute(request, ({ actor, db, body }) => addCitation({ actor, db, input: body }));
}
