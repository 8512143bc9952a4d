import { eq, sql } from "drizzle-orm";
import type { Database } from "@/lib/db/client";
import { citations, citationSources, sources } from "@/lib/db/schema/citations";
import { revisions, reviews } from "@/lib/db/schema/review";
import { freezeCitations } from "@/lib/review/freeze-section";
import { contentHash } from "@/lib/versions/content-hash";

type Json = Record<string, unknown>;

/** A section document of paragraphs; `{ cite }` pieces become citation nodes. */
export function docOf(...paragraphs: (string | { cite: string })[][]): Json {
  return {
    type: "doc",
    content: paragraphs.map((pieces) => ({
      type: "paragraph",
      content: pieces.map((p) => (typeof p === "string" ? { type: "text", text: p } : { type: "citation", attrs: { citationId: p.cite } })),
    })),
  };
}

/** Inserts a source and a citation of it in a section; returns the citation and source ids. */
export async function buildCitation(db: Database, { sectionId, title, url, accessed, pinpoint }: { sectionId: string; title: string; url?: string; accessed?: string; pinpoint?: string }) {
  const [source] = await db.insert(sources).values({ title, url: url ?? null, csl: { type: "webpage", title, ...(url ? { URL: url } : {}) } }).returning({ id: sources.id });
  const [citation] = await db.insert(citations).values({ sectionId }).returning({ id: citations.id });
  const [cs] = await db.insert(citationSources).values({ citationId: citation!.id, sourceId: source!.id, accessedAt: accessed ?? null, pinpoint: pinpoint ?? null }).returning({ id: citationSources.id });
  return { citationId: citation!.id, sourceId: source!.id, citationSourceId: cs!.id };
}

/** Inserts a revision of a section (its footnotes frozen from the registry as they stand) with an "approved" review, as the review flow would. */
export async function buildApprovedRevision(db: Database, { sectionId, content, submittedBy, reviewerId }: { sectionId: string; content: Json; submittedBy: string; reviewerId: string }) {
  const [{ next }] = (await db.select({ next: sql<number>`coalesce(max(${revisions.number}), 0)::int + 1` }).from(revisions).where(eq(revisions.sectionId, sectionId))) as [{ next: number }];
  const [revision] = await db
    .insert(revisions)
    .values({ sectionId, number: next, yState: new Uint8Array([0, 0]), contentJson: content, citations: await freezeCitations(db, content), contentHash: contentHash(content), submittedBy })
    .returning({ id: revisions.id, number: revisions.number });
  await db.insert(reviews).values({ revisionId: revision!.id, reviewerId, decision: "approved", contentHash: contentHash(content) });
  return revision!;
}
