import { and, eq, inArray, sql } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { insertCitation, type CitedItem } from "@/lib/citations/insert-citation";
import { citations } from "@/lib/db/schema/citations";
import { sections, sectionUpdates } from "@/lib/db/schema/profiles";
import { citationIds } from "@/lib/editor/citation-ids";
import type { ProseMirrorJSON } from "@/lib/editor/ydoc-content";
import { AppError } from "@/lib/errors";
import { recordBaseline } from "@/lib/review/record-baseline";
import { sectionContentColumns } from "./section-content-columns";

/** One footnote to create with the content: the id its citation node carries and the sources it cites, in order. */
export interface NewCitation {
  id: string;
  items: CitedItem[];
}

export interface WriteSectionContentInput {
  sectionId: string;
  /** ProseMirror JSON of the whole section; citation nodes carry `citationId`. */
  doc: ProseMirrorJSON;
  /** Footnotes to create; every citation node must name one of these or a citation the section already has. */
  citations?: NewCitation[];
  createdBy: string | null;
  /** What wrote it, recorded on the baseline revision ("Imported from a file", "Demo content", …). */
  origin?: string;
}

/**
 * The one writer of section content: creates the footnotes' citation rows, builds the Yjs state on the server
 * and stores it with its derived JSON and text, recorded as the section's baseline revision (the first review's
 * "before", with `createdBy` as its author). Run it inside the caller's transaction. Only for sections no
 * client has edited yet (a live document would merge the new state with its own and duplicate the text).
 * @throws AppError `conflict:section` when the section has logged edits, `bad_request:content` when a citation node names no known citation
 */
export async function writeSectionContent(tx: Executor, { sectionId, doc, citations: created = [], createdBy, origin = "Written on the server" }: WriteSectionContentInput): Promise<{ citationIds: string[] }> {
  const [logged] = await tx.select({ n: sql<number>`count(*)::int` }).from(sectionUpdates).where(eq(sectionUpdates.sectionId, sectionId));
  if ((logged?.n ?? 0) > 0) throw new AppError("conflict:section", "This section has been edited; its content can no longer be replaced.", { field: "sectionId" });
  for (const c of created) await insertCitation(tx, { id: c.id, sectionId, createdBy, items: c.items });
  const ids = citationIds(doc);
  const wanted = [...new Set(ids)];
  if (wanted.length > 0) {
    const known = await tx.select({ id: citations.id }).from(citations).where(and(eq(citations.sectionId, sectionId), inArray(citations.id, wanted)));
    const knownIds = new Set(known.map((k) => k.id));
    const missing = wanted.find((id) => !knownIds.has(id));
    if (missing) throw new AppError("bad_request:content", `A footnote marker names citation ${missing}, which this section does not have.`, { field: "doc" });
  }
  const content = sectionContentColumns(doc);
  const [updated] = await tx
    .update(sections)
    .set({ ...content, updatedAt: new Date() })
    .where(eq(sections.id, sectionId))
    .returning({ id: sections.id });
  if (!updated) throw new AppError("not_found:section", "That section no longer exists.", { field: "sectionId" });
  await recordBaseline(tx, { sectionId, content, authorId: createdBy, note: origin });
  return { citationIds: ids };
}
