import { eq, inArray } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import type { Database } from "@/lib/db/client";
import { sources } from "@/lib/db/schema/citations";
import { sections } from "@/lib/db/schema/profiles";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { insertCitation } from "./insert-citation";
import { addCitationSchema } from "./schemas";

/**
 * Records a footnote in a section citing one or more registry sources; the editor then inserts a node
 * holding only the returned id. A source with a URL needs an access date.
 * @throws AppError naming the field, ForbiddenError
 */
export async function addCitation({ actor, db, input }: { actor: Actor; db: Database; input: unknown }): Promise<{ citationId: string }> {
  authorize(actor, "citation.add");
  const { sectionId, items } = parseInput(addCitationSchema, input);
  return db.transaction(async (tx) => {
    const [section] = await tx.select({ id: sections.id }).from(sections).where(eq(sections.id, sectionId)).limit(1);
    if (!section) throw new AppError("not_found:section", "That section no longer exists.", { field: "sectionId" });
    const found = await tx
      .select({ id: sources.id, url: sources.url, mergedInto: sources.mergedInto })
      .from(sources)
      .where(inArray(sources.id, items.map((i) => i.sourceId)));
    const byId = new Map(found.map((s) => [s.id, s]));
    for (const [i, item] of items.entries()) {
      const s = byId.get(item.sourceId);
      if (!s) throw new AppError("not_found:source", "That source is no longer in the registry.", { field: `items.${i}.sourceId` });
      if (s.url && !item.accessed) throw new AppError("bad_request:citation", "Access date is required for a source with a URL.", { field: `items.${i}.accessed` });
    }
    const citationId = await insertCitation(tx, {
      sectionId,
      createdBy: actor.id,
      items: items.map((item) => ({ sourceId: byId.get(item.sourceId)!.mergedInto ?? item.sourceId, accessed: item.accessed, pinpoint: item.pinpoint })),
    });
    await recordEvent(tx, { actorId: actor.id, type: "citation.add", subjectType: "section", subjectId: sectionId, data: { citationId, sources: items.map((i) => i.sourceId) } });
    return { citationId };
  });
}
