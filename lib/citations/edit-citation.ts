import { and, asc, eq } from "drizzle-orm";
import { authorize, type Actor } from "@/lib/auth/policies";
import { recordEvent } from "@/lib/events/record-event";
import type { Database, Executor } from "@/lib/db/client";
import { citations, citationSources } from "@/lib/db/schema/citations";
import { AppError } from "@/lib/errors";
import { parseInput } from "@/lib/validation/parse-input";
import { editCitationSchema } from "./schemas";

export interface EditedCitation {
  id: string;
  accessed: string | null;
  pinpoint: string | null;
}

/**
 * Changes a footnote's access date and/or pinpoint in place (the editor's marker popover, `PATCH
 * /api/citations/{id}`). A footnote citing several sources is addressed by `position` (0-based, in the note's
 * order); it is required there. Same policy as adding a citation. The change is audited (`citation.edit`, its
 * author counts as an author of the section's next revision) and reaches readers only through review: the next
 * submission's redline shows the footnote as changed.
 * @throws AppError naming the field (400), `not_found:citation` (404), ForbiddenError (403)
 */
export async function editCitation({ actor, db, citationId, input }: { actor: Actor; db: Database; citationId: string; input: unknown }): Promise<EditedCitation> {
  authorize(actor, "citation.add");
  const { id, accessed, pinpoint, position } = parseInput(editCitationSchema, { ...(typeof input === "object" && input !== null ? input : {}), id: citationId });
  return db.transaction((tx) => applyCitationEdit(tx, { actorId: actor.id, citationId: id, accessed, pinpoint, position }));
}

/**
 * Changes one source of a footnote in the registry and audits it (`citation.edit`, as `actorId`: they count as an
 * author of the section's next revision). Shared by the PATCH route and an accepted footnote edit suggestion (whose
 * suggester is the actor; `extra` adds who accepted it). Run inside a transaction.
 * @throws AppError `not_found:citation` (404), `bad_request:citation` naming `position` (400)
 */
export async function applyCitationEdit(
  tx: Executor,
  { actorId, citationId: id, accessed, pinpoint, position, extra }: { actorId: string; citationId: string; accessed?: string; pinpoint?: string | null; position?: number; extra?: Record<string, unknown> },
): Promise<EditedCitation> {
  const [citation] = await tx.select({ sectionId: citations.sectionId }).from(citations).where(eq(citations.id, id)).limit(1);
  if (!citation) throw new AppError("not_found:citation", "That citation does not exist.", { field: "id" });
  const items = await tx.select().from(citationSources).where(eq(citationSources.citationId, id)).orderBy(asc(citationSources.position), asc(citationSources.id));
  if (items.length === 0) throw new AppError("not_found:citation", "That citation cites no source.", { field: "id" });
  if (position === undefined && items.length > 1) throw new AppError("bad_request:citation", `This footnote cites ${items.length} sources: say which with "position" (0 to ${items.length - 1}).`, { field: "position" });
  const item = items[position ?? 0];
  if (!item) throw new AppError("bad_request:citation", `"position" must be between 0 and ${items.length - 1}.`, { field: "position" });
  const next = { accessedAt: accessed === undefined ? item.accessedAt : accessed, pinpoint: pinpoint === undefined ? item.pinpoint : pinpoint };
  await tx.update(citationSources).set(next).where(and(eq(citationSources.id, item.id), eq(citationSources.citationId, id)));
  await recordEvent(tx, {
    actorId,
    type: "citation.edit",
    subjectType: "section",
    subjectId: citation.sectionId,
    data: { citationId: id, position: position ?? 0, accessed: { from: item.accessedAt, to: next.accessedAt }, pinpoint: { from: item.pinpoint, to: next.pinpoint }, ...extra },
  });
  return { id, accessed: next.accessedAt, pinpoint: next.pinpoint };
}
