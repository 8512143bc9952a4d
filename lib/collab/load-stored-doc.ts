import * as Y from "yjs";
import type { SectionStore } from "./section-store";

/** The section's document as the database holds it (snapshot plus log), for checks outside the server. */
export async function loadStoredDoc(store: SectionStore, sectionId: string): Promise<Y.Doc> {
  const stored = await store.load(sectionId);
  if (!stored) throw new Error(`Section ${sectionId} does not exist.`);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, stored.state);
  for (const update of stored.log) Y.applyUpdate(doc, update);
  return doc;
}
