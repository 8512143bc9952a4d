import { and, eq, isNotNull, notExists, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { profiles, sections, sectionUpdates } from "@/lib/db/schema/profiles";
import { revisions } from "@/lib/db/schema/review";
import { recordBaseline } from "./record-baseline";

/**
 * Sections whose content was written on the server before baselines existed (the demo seed, an import) and that
 * nobody has edited or submitted since get their baseline now, from the stored content, so their first review is
 * a redline and not "everything inserted". A section someone has typed in is left alone: what it held before the
 * typing is no longer known. Run at start-up; returns how many baselines it recorded.
 */
export async function backfillBaselines(db: Database): Promise<number> {
  const candidates = await db
    .select({ id: sections.id, yState: sections.yState, contentJson: sections.contentJson, contentText: sections.contentText, citationOrder: sections.citationOrder, createdBy: profiles.createdBy })
    .from(sections)
    .innerJoin(profiles, eq(profiles.id, sections.profileId))
    .where(
      and(
        isNotNull(sections.yState),
        sql`${sections.contentText} <> ''`,
        notExists(db.select({ one: sql`1` }).from(revisions).where(eq(revisions.sectionId, sections.id))),
        notExists(db.select({ one: sql`1` }).from(sectionUpdates).where(eq(sectionUpdates.sectionId, sections.id))),
      ),
    );
  for (const s of candidates) {
    await db.transaction(async (tx) => {
      const content = { yState: s.yState!, contentJson: s.contentJson ?? { type: "doc", content: [] }, contentText: s.contentText, citationOrder: s.citationOrder ?? [] };
      await recordBaseline(tx, { sectionId: s.id, content, authorId: s.createdBy, note: "Content stored before baselines were kept" });
    });
  }
  return candidates.length;
}
