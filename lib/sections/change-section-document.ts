import * as Y from "yjs";
import type { Database } from "@/lib/db/client";
import { sectionUpdates } from "@/lib/db/schema/profiles";
import { AppError } from "@/lib/errors";
import { loadSectionDoc } from "./load-section-doc";

/** Applies a change to a section's Yjs document on behalf of a user. */
export type SectionDocumentChanger = (sectionId: string, user: { id: string }, change: (doc: Y.Doc) => void) => Promise<void>;

const key = Symbol.for("folio.sectionDocumentChanger");
type GlobalWithChanger = typeof globalThis & { [key]?: SectionDocumentChanger };

/** The collaboration server in this process registers how it changes a section (Hocuspocus' direct connection). */
export function registerSectionDocumentChanger(changer: SectionDocumentChanger | undefined): void {
  (globalThis as GlobalWithChanger)[key] = changer;
}

/**
 * Changes a section's document as an editor would: through the collaboration server of this process when there is
 * one (a direct connection, so a loaded document takes the change and every open editor receives it, and the change
 * is journalled and stored like typing), otherwise (command line, tests: nothing can hold the document) as one
 * update appended to the section's log, written by `user`. Never call inside a transaction (the server's writes
 * need the connection).
 * @throws AppError `not_found:section`
 */
export async function changeSectionDocument(db: Database, { sectionId, user, change }: { sectionId: string; user: { id: string }; change: (doc: Y.Doc) => void }): Promise<void> {
  const live = (globalThis as GlobalWithChanger)[key];
  if (live) return live(sectionId, user, change);
  await db.transaction(async (tx) => {
    const loaded = await loadSectionDoc(tx, sectionId, { lock: true });
    if (!loaded) throw new AppError("not_found:section", "That section no longer exists.", { field: "sectionId" });
    const { doc } = loaded;
    try {
      const before = Y.encodeStateVector(doc);
      let changed = false;
      doc.on("update", () => (changed = true));
      doc.transact(() => change(doc));
      if (changed) await tx.insert(sectionUpdates).values({ sectionId, update: Y.encodeStateAsUpdate(doc, before), userId: user.id });
    } finally {
      doc.destroy();
    }
  });
}
