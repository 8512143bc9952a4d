import { createHash } from "node:crypto";
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import * as Y from "yjs";
import type { Transaction } from "@/lib/db/client";
import { citationSources, sources } from "@/lib/db/schema/citations";
import { sections, sectionUpdates } from "@/lib/db/schema/profiles";
import { reviews, revisions, sectionWriters, type FrozenCitation } from "@/lib/db/schema/review";
import { citationIds } from "@/lib/editor/citation-ids";
import { deriveContent, type ProseMirrorJSON } from "@/lib/editor/ydoc-content";
import { AppError } from "@/lib/errors";
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
}

export const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** The footnotes of a document as they stand now, copied from the registry. */
export async function freezeCitations(tx: Transaction, json: ProseMirrorJSON): Promise<FrozenCitation[]> {
  const ids = [...new Set(citationIds(json))];
  if (ids.length === 0) return [];
  const rows = await tx
    .select({ citationId: citationSources.citationId, sourceId: sources.id, title: sources.title, url: sources.url, doi: sources.doi, type: sources.type, csl: sources.csl, accessed: citationSources.accessedAt, pinpoint: citationSources.pinpoint })
    .from(citationSources)
    .innerJoin(sources, eq(sources.id, citationSources.sourceId))
    .where(inArray(citationSources.citationId, ids))
    .orderBy(asc(citationSources.citationId), asc(citationSources.position));
  const byId = new Map<string, FrozenCitation>(ids.map((id) => [id, { citationId: id, items: [] }]));
  for (const { citationId, ...item } of rows) byId.get(citationId)!.items.push(item);
  return [...byId.values()];
}

/**
 * Locks the section and reads its stored Yjs state exactly as the database holds it (snapshot plus every
 * logged update: compaction takes the same row lock, so the two reads agree), with who wrote since the last
 * approved revision. Call inside the transaction that writes the revision.
 * @throws AppError `not_found:section`
 */
export async function freezeSection(tx: Transaction, sectionId: string): Promise<FrozenSection> {
  const [section] = await tx.select({ profileId: sections.profileId, status: sections.status, yState: sections.yState }).from(sections).where(eq(sections.id, sectionId)).for("update");
  if (!section?.yState) throw new AppError("not_found:section", "That section no longer exists.", { field: "sectionId" });
  const log = await tx.select({ id: sectionUpdates.id, update: sectionUpdates.update, userId: sectionUpdates.userId }).from(sectionUpdates).where(eq(sectionUpdates.sectionId, sectionId)).orderBy(asc(sectionUpdates.id));
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, section.yState);
    for (const row of log) Y.applyUpdate(doc, row.update);
    const yState = Y.encodeStateAsUpdate(doc);
    const { json, text } = deriveContent(doc);

    const [approved] = await tx
      .select({ through: revisions.throughUpdateId })
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
      if (row.userId && row.id > since) authors.add(row.userId);
    }
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
    };
  } finally {
    doc.destroy();
  }
}

