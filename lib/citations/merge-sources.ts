import { eq } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import type { Database } from "@/lib/db/client";
import { citationSources, sources } from "@/lib/db/schema/citations";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { mergeSourcesSchema } from "./schemas";

/**
 * Merges two registry records found to be one source: every citation of `mergeId` now cites `keepId`,
 * and `mergeId` stays only as a pointer (its URL and DOI are released).
 * @throws AppError, ForbiddenError
 */
export async function mergeSources({ actor, db, input }: { actor: Actor; db: Database; input: unknown }) {
  authorize(actor, "source.merge");
  const { keepId, mergeId } = parseInput(mergeSourcesSchema, input);
  return db.transaction(async (tx) => {
    const [keep] = await tx.select().from(sources).where(eq(sources.id, keepId)).limit(1);
    const [merge] = await tx.select().from(sources).where(eq(sources.id, mergeId)).limit(1);
    if (!keep || keep.mergedInto) throw new AppError("not_found:source", "The source to keep is not in the registry.", { field: "keepId" });
    if (!merge || merge.mergedInto) throw new AppError("not_found:source", "The source to merge is not in the registry.", { field: "mergeId" });
    const moved = await tx.update(citationSources).set({ sourceId: keepId }).where(eq(citationSources.sourceId, mergeId)).returning({ id: citationSources.id });
    await tx
      .update(sources)
      .set({ mergedInto: keepId, normalizedUrl: null, doi: null, updatedAt: new Date() })
      .where(eq(sources.id, mergeId));
    await tx
      .update(sources)
      .set({ normalizedUrl: keep.normalizedUrl ?? merge.normalizedUrl, doi: keep.doi ?? merge.doi, url: keep.url ?? merge.url, updatedAt: new Date() })
      .where(eq(sources.id, keepId));
    await recordEvent(tx, { actorId: actor.id, type: "source.merge", subjectType: "source", subjectId: keepId, data: { merged: mergeId, citations: moved.length } });
    return { keepId, moved: moved.length };
  });
}
