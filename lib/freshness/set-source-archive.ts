import { eq } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import type { Database } from "@/lib/db/client";
import { sources } from "@/lib/db/schema/citations";
import { sourceArchives } from "@/lib/db/schema/links";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { setArchiveSchema } from "./schemas";

/** Records an archive copy pasted by hand for a source (replacing a looked-up one). @throws AppError naming the field, ForbiddenError */
export async function setSourceArchive({ actor, db, input }: { actor: Actor; db: Database; input: unknown }): Promise<{ archiveUrl: string }> {
  authorize(actor, "citation.reverify");
  const { sourceId, archiveUrl } = parseInput(setArchiveSchema, input);
  await db.transaction(async (tx) => {
    const [source] = await tx.select({ id: sources.id }).from(sources).where(eq(sources.id, sourceId)).limit(1);
    if (!source) throw new AppError("not_found:source", "That source is no longer in the registry.", { field: "sourceId" });
    const [before] = await tx.select({ archiveUrl: sourceArchives.archiveUrl }).from(sourceArchives).where(eq(sourceArchives.sourceId, sourceId));
    await tx
      .insert(sourceArchives)
      .values({ sourceId, archiveUrl, origin: "manual", setBy: actor.id })
      .onConflictDoUpdate({ target: sourceArchives.sourceId, set: { archiveUrl, origin: "manual", setBy: actor.id, setAt: new Date() } });
    await recordEvent(tx, { actorId: actor.id, type: "source.archive", subjectType: "source", subjectId: sourceId, data: { from: before?.archiveUrl ?? null, to: archiveUrl } });
  });
  return { archiveUrl };
}
