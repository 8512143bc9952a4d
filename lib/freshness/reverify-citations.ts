import { eq, inArray } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import type { Database } from "@/lib/db/client";
import { citationSources, reverifications, sources } from "@/lib/db/schema/citations";
import { sourceArchives } from "@/lib/db/schema/links";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { reverifySchema } from "./schemas";

/**
 * Records a re-verification of each cited source (its own event, kept as history): "supports" moves the
 * access date to that day; "changed" keeps it and records the note; "gone" records an archive copy for
 * the source or swaps in a replacement source accessed that day. Only drafts' citation rows change;
 * published versions keep their own snapshot.
 * @throws AppError naming the field, ForbiddenError
 */
export async function reverifyCitations({ actor, db, input }: { actor: Actor; db: Database; input: unknown }): Promise<{ count: number; accessedOn: string }> {
  authorize(actor, "citation.reverify");
  const v = parseInput(reverifySchema, input);
  const day = v.accessedOn ?? new Date().toISOString().slice(0, 10);
  const ids = [...new Set(v.citationSourceIds)];
  return db.transaction(async (tx) => {
    const rows = await tx.select().from(citationSources).where(inArray(citationSources.id, ids));
    if (rows.length !== ids.length) throw new AppError("not_found:citation", "Some of those citations no longer exist; reload and try again.", { field: "citationSourceIds" });
    if (v.replacementSourceId) {
      const [replacement] = await tx.select({ id: sources.id, mergedInto: sources.mergedInto }).from(sources).where(eq(sources.id, v.replacementSourceId)).limit(1);
      if (!replacement) throw new AppError("not_found:source", "That replacement source is no longer in the registry.", { field: "replacementSourceId" });
    }
    for (const row of rows) {
      const replace = v.result === "gone" && v.replacementSourceId ? v.replacementSourceId : null;
      const accessedAt = v.result === "supports" || replace ? day : (row.accessedAt ?? day);
      if (v.result === "supports" || replace) {
        await tx.update(citationSources).set({ accessedAt, ...(replace ? { sourceId: replace } : {}) }).where(eq(citationSources.id, row.id));
      }
      if (v.result === "gone" && v.archiveUrl && !replace) {
        await tx
          .insert(sourceArchives)
          .values({ sourceId: row.sourceId, archiveUrl: v.archiveUrl, origin: "manual", setBy: actor!.id })
          .onConflictDoUpdate({ target: sourceArchives.sourceId, set: { archiveUrl: v.archiveUrl, origin: "manual", setBy: actor!.id, setAt: new Date() } });
      }
      await tx.insert(reverifications).values({
        citationSourceId: row.id,
        userId: actor!.id,
        previousAccessedAt: row.accessedAt,
        accessedAt,
        result: v.result,
        note: v.note ?? null,
        archiveUrl: v.result === "gone" ? (v.archiveUrl ?? null) : null,
        previousSourceId: replace ? row.sourceId : null,
        replacementSourceId: replace,
      });
      await recordEvent(tx, {
        actorId: actor!.id,
        type: "citation.reverify",
        subjectType: "citation_source",
        subjectId: row.id,
        reason: v.note ?? null,
        data: { result: v.result, from: row.accessedAt, to: accessedAt, archiveUrl: v.archiveUrl ?? null, replacementSourceId: replace },
      });
    }
    return { count: rows.length, accessedOn: day };
  });
}
