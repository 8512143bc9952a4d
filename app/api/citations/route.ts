import { z } from "zod";
import { jsonRoute } from "@/lib/actions/json-route";
import { authorize } from "@/lib/auth/policies";
import { addCitation } from "@/lib/citations/add-citation";
import { citationItems, citationItemsInProfile } from "@/lib/citations/queries";
import { parseInput } from "@/lib/validation/parse-input";

export const dynamic = "force-dynamic";

const idsSchema = z.object({
  ids: z
    .string({ error: "ids is required." })
    .transform((v) => v.split(",").filter(Boolean))
    .pipe(z.array(z.uuid({ error: "ids must be citation UUIDs separated by commas." })).max(2000, { error: "At most 2000 ids at once." })),
  profile: z.uuid({ error: "profile must be a profile UUID." }).optional(),
});

/**
 * The sources of the given citations, for formatting footnotes in the browser. With `profile`, ids that belong to
 * another profile come back in `foreign` (and without sources) so the editor neither numbers nor formats them.
 */
export function GET(request: Request) {
  return jsonRoute(request, async ({ actor, db }) => {
    authorize(actor, "profile.readDraft");
    const { ids, profile } = parseInput(idsSchema, Object.fromEntries(new URL(request.url).searchParams));
    if (profile) {
      const { items, foreign } = await citationItemsInProfile(actor, db, profile, ids);
      return { citations: Object.fromEntries(items), foreign };
    }
    const items = await citationItems(actor, db, ids);
    return { citations: Object.fromEntries(items) };
  });
}

export function POST(request: Request) {
  return jsonRoute(request, ({ actor, db, body }) => addCitation({ actor, db, input: body }));
}
