import { inArray, sql } from "drizzle-orm";
import { createSectionStore } from "@/lib/collab/section-store";
import type { Database } from "@/lib/db/client";
import { sectionUpdates } from "@/lib/db/schema/profiles";
import { deriveContent } from "@/lib/editor/ydoc-content";

/**
 * Sections with their current content: the derived JSON where it is up to date, and for sections whose
 * update log has not been compacted yet, JSON derived from the stored Yjs state plus that log.
 */
export async function withLiveContent<S extends { id: string; contentJson: Record<string, unknown> | null }>(db: Database, list: S[]): Promise<S[]> {
  if (list.length === 0) return list;
  const pending = await db
    .select({ sectionId: sectionUpdates.sectionId, n: sql<number>`count(*)::int` })
    .from(sectionUpdates)
    .where(inArray(sectionUpdates.sectionId, list.map((s) => s.id)))
    .groupBy(sectionUpdates.sectionId);
  if (pending.length === 0) return list;
  const stale = new Set(pending.map((p) => p.sectionId));
  const store = createSectionStore(db);
  return Promise.all(
    list.map(async (s) => {
      if (!stale.has(s.id)) return s;
      const stored = await store.load(s.id);
      if (!stored) throw new Error(`Section ${s.id} does not exist.`);
      const { doc } = stored;
      try {
        return { ...s, contentJson: deriveContent(doc).json };
      } finally {
        doc.destroy();
      }
    }),
  );
}
