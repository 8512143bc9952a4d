import { z } from "zod";
import { jsonRoute } from "@/lib/actions/json-route";
import { authorize } from "@/lib/auth/policies";
import { addCitation } from "@/lib/citations/add-citation";
import { citationItems, citationItemsInProfile, citationItemsOfProfile, PROFILE_CITATIONS_PAGE_MAX } from "@/lib/citations/queries";
import { parseInput } from "@/lib/validation/parse-input";

export const dynamic = "force-dynamic";

const idsSchema = z.object({
  ids: z
    .string({ error: "ids is required." })
    .transform((v) => v.split(",").filter(Boolean))
    .pipe(z.array(z.uuid({ error: "ids must be citation UUIDs separated by commas." })).max(2000, { error: "At most 2000 ids at once." })),
  profile: z.uuid({ error: "profile must be a profile UUID." }).optional(),
});

const profileSchema = z.object({
  profile: z.uuid({ error: "profile must be a profile UUID (or give ids)." }),
  after: z.uuid({ error: "after must be the citation UUID a previous page returned as next." }).optional(),
  limit: z.coerce
    .number({ error: "limit must be a number." })
    .int({ error: "limit must be a whole number." })
    .min(1, { error: "limit must be at least 1." })
    .max(PROFILE_CITATIONS_PAGE_MAX, { error: `limit must be at most ${PROFILE_CITATIONS_PAGE_MAX}.` })
    .default(1000),
});

/**
 * The sources of citations, for formatting footnotes in the browser.
 * - `?profile=<uuid>[&after=<citation uuid>][&limit=n]`: every citation recorded for the profile, a page at a time
 *   (`next` is the `after` of the following page, null on the last). The editor reads this way, however many notes.
 * - `?ids=…[&profile=<uuid>]` (older callers; a few hundred ids fit in a URL): the given citations; with `profile`,
 *   ids that belong to another profile come back in `foreign` (and without sources).
 */
export function GET(request: Request) {
  return jsonRoute(request, async ({ actor, db }) => {
    authorize(actor, "profile.readDraft");
    const query = Object.fromEntries(new URL(request.url).searchParams);
    if (query.ids === undefined && query.profile !== undefined) {
      const { profile, after, limit } = parseInput(profileSchema, query);
      const { items, next } = await citationItemsOfProfile(actor, db, profile, { after, limit });
      return { citations: Object.fromEntries(items), next };
    }
    const { ids, profile } = parseInput(idsSchema, query);
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
