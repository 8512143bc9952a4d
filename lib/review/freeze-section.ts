import { createHash } from "node:crypto";
import { and, desc, eq } from "drizzle-orm";
import * as Y from "yjs";
import type { Executor, Transaction } from "@/lib/db/client";
import { reviews, revisions, sectionWriters, type FrozenCitation } from "@/lib/db/schema/review";
import { citationIds } from "@/lib/editor/citation-ids";
import { listSuggestions } from "@/lib/editor/suggestions";
import { deriveContent, yDocToNode, type ProseMirrorJSON } from "@/lib/editor/ydoc-content";
import { AppError } from "@/lib/errors";
import { loadSectionDoc } from "@/lib/sections/load-section-doc";
import { nonTypingAuthors } from "./citation-authors";
import { registrySources } from "@/lib/versions/registry-sources";
import type { SectionStatus } from "./status";

export interface FrozenSection {
  profileId: string;
  status: SectionStatus;
  yState: Uint8Array;
  contentJson: ProseMirrorJSON;
  contentText: string;
  contentHash: string;
  citations: FrozenCitation[];
  authors: string[];
  throughUpdateId: number;
  /** Open suggestions in the document (not part of the frozen content). */
  openSuggestions: number;
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/**
 * The footnotes of a document as they stand now, copied from the registry with everything a published footnote
 * shows (title, translation, URL, DOI, access date, pinpoint, archive copy), so publishing needs no lookup.
 */
export async function freezeCitations(db: Executor, json: ProseMirrorJSON): Promise<FrozenCitation[]> {
  const ids = [...new Set(citationIds(json))];
  if (ids.length === 0) return [];
  const copied = await registrySources(db, ids);
  return ids.map((citationId) => ({
    citationId,
    items: (copied.get(citationId) ?? []).map((s) => ({ sourceId: s.key, title: s.title, url: s.url, doi: s.doi, type: s.type, csl: s.csl, accessed: s.accessed, pinpoint: s.pinpoint, titleTranslation: s.titleTranslation, archiveUrl: s.archiveUrl })),
  }));
}

/**
 * Locks the section and reads its stored Yjs state exactly as the database holds it (snapshot plus every
 * logged update: compaction takes the same row lock, so the two reads agree), with who wrote since the last
 * approved revision. Call inside the transaction that writes the revision.
 * @throws AppError `not_found:section`
 */
export async function freezeSection(tx: Transaction, sectionId: string): Promise<FrozenSection> {
  const section = await loadSectionDoc(tx, sectionId, { lock: true });
  if (!section) throw new AppError("not_found:section", "That section no longer exists.", { field: "sectionId" });
  const { doc, log } = section;
  try {
    const yState = Y.encodeStateAsUpdate(doc);
    const { json, text } = deriveContent(doc);

    const [approved] = await tx
      .select({ through: revisions.throughUpdateId, number: revisions.number, at: revisions.createdAt })
      .from(revisions)
      .innerJoin(reviews, eq(reviews.revisionId, revisions.id))
      .where(and(eq(revisions.sectionId, sectionId), eq(reviews.decision, "approved")))
      .orderBy(desc(revisions.number))
      .limit(1);
    const since = approved?.through ?? 0;
    const writers = await tx.select({ userId: sectionWriters.userId, last: sectionWriters.lastUpdateId }).from(sectionWriters).where(eq(sectionWriters.sectionId, sectionId));
    const authors = new Set<string>();
    let through = since;
    for (const w of writers) {
      through = Math.max(through, w.last);
      if (w.last > since) authors.add(w.userId);
    }
    for (const row of log) {
      through = Math.max(through, row.id);
      // Suggesting is not writing: a reviewer may suggest on what they review (an accepted suggestion counts for
      // its suggester, below).
      if (row.userId && row.id > since && !row.suggestionOnly) authors.add(row.userId);
    }
    const others = await nonTypingAuthors(tx, { sectionId, citationIds: [...new Set(citationIds(json))], since: approved ? { number: approved.number, at: approved.at } : null });
    for (const a of others) authors.add(a);
    return {
      profileId: section.profileId,
      status: section.status,
      yState,
      contentJson: json,
      contentText: text,
      contentHash: sha256(yState),
      citations: await freezeCitations(tx, json),
      authors: [...authors].sort(),
      throughUpdateId: through,
      openSuggestions: listSuggestions(yDocToNode(doc)).length,
    };
  } finally {
    doc.destroy();
  }
}

