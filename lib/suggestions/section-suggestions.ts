import { authorize, type Actor } from "@/lib/auth/policies";
import { createSectionStore } from "@/lib/collab/section-store";
import type { Database } from "@/lib/db/client";
import { listSuggestions, type SuggestionSummary } from "@/lib/editor/suggestions";
import { yDocToNode } from "@/lib/editor/ydoc-content";
import { AppError } from "@/lib/errors";
import { flushSectionEdits } from "@/lib/sections/flush-section-edits";

/** The section's open suggestions as its stored document holds them (after this process wrote what it holds). */
export async function storedSuggestions(db: Database, sectionId: string): Promise<SuggestionSummary[]> {
  await flushSectionEdits(sectionId);
  const stored = await createSectionStore(db).load(sectionId);
  if (!stored) throw new AppError("not_found:section", "That section does not exist.", { field: "sectionId" });
  const { doc } = stored;
  try {
    return listSuggestions(yDocToNode(doc));
  } finally {
    doc.destroy();
  }
}

/** `GET /api/sections/{id}/suggestions`: every open suggestion, for anyone who may read the draft. */
export async function sectionSuggestions({ actor, db, sectionId }: { actor: Actor; db: Database; sectionId: string }) {
  authorize(actor, "profile.readDraft");
  const list = await storedSuggestions(db, sectionId);
  return list.map((s) => ({ id: s.id, kind: s.kind, text: s.text, author: s.author, createdAt: s.createdAt }));
}
