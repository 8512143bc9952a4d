import { asc, eq } from "drizzle-orm";
import * as Y from "yjs";
import type { CollabUser } from "@/lib/collab/collab-context";
import type { Database } from "@/lib/db/client";
import { sections, sectionUpdates } from "@/lib/db/schema/profiles";
import { AppError } from "@/lib/errors";
import { services } from "@/lib/server/services";

/**
 * Changes a section's live document through the collaboration server of this process (a Hocuspocus direct
 * connection): the one way the server writes into a section someone may have open, journalled and stored like
 * typing. `change` runs in one Yjs transaction. With no collaboration server in this process (a command-line
 * tool, a test), `offline.db` lets the change be appended to the section's update log instead, as `user`'s
 * writing (nothing can hold the document then); never call that inside a transaction.
 * @throws AppError `unavailable:collab` when no collaboration server runs here and no `offline` was given; `not_found:section`
 */
export async function editLiveSection<T>(sectionId: string, user: CollabUser | null, change: (doc: Y.Doc) => T, offline?: { db: Database }): Promise<T> {
  const collab = services().collab;
  if (collab) return collab.editSection(sectionId, user, change);
  if (!offline) throw new AppError("unavailable:collab", "The collaboration server is not running; try again shortly.");
  return offline.db.transaction(async (tx) => {
    const [row] = await tx.select({ state: sections.yState }).from(sections).where(eq(sections.id, sectionId)).for("update");
    if (!row?.state) throw new AppError("not_found:section", "That section no longer exists.", { field: "sectionId" });
    const log = await tx.select({ update: sectionUpdates.update }).from(sectionUpdates).where(eq(sectionUpdates.sectionId, sectionId)).orderBy(asc(sectionUpdates.id));
    const doc = new Y.Doc();
    try {
      Y.applyUpdate(doc, row.state);
      for (const r of log) Y.applyUpdate(doc, r.update);
      const before = Y.encodeStateVector(doc);
      let changed = false;
      doc.on("update", () => (changed = true));
      let result: T | undefined;
      doc.transact(() => (result = change(doc)));
      if (changed) await tx.insert(sectionUpdates).values({ sectionId, update: Y.encodeStateAsUpdate(doc, before), userId: user?.id ?? null });
      return result as T;
    } finally {
      doc.destroy();
    }
  });
}
