import type * as Y from "yjs";
import type { SectionStore } from "@/lib/collab/section-store";

/** The section's document as the database holds it (`loadSectionDoc` through the store), for checks outside the server. */
export async function loadStoredDoc(store: SectionStore, sectionId: string): Promise<Y.Doc> {
  const stored = await store.load(sectionId);
  if (!stored) throw new Error(`Section ${sectionId} does not exist.`);
  return stored.doc;
}
