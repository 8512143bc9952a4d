import { and, desc, eq, inArray, isNull } from "drizzle-orm";
import type { Executor } from "@/lib/db/client";
import { approvalDismissals, revisions, reviews, type FrozenCitation } from "@/lib/db/schema/review";

export interface ApprovedRevision {
  id: string;
  sectionId: string;
  number: number;
  contentJson: Record<string, unknown>;
  /** Its footnotes as frozen at submission: what publishing copies. */
  citations: FrozenCitation[];
}

/** The newest standing (not dismissed) approved revision of each of the given sections (others are absent). */
export async function latestApprovedRevisions(db: Executor, sectionIds: string[]): Promise<Map<string, ApprovedRevision>> {
  const out = new Map<string, ApprovedRevision>();
  if (sectionIds.length === 0) return out;
  const rows = await db
    .selectDistinctOn([revisions.sectionId], { id: revisions.id, sectionId: revisions.sectionId, number: revisions.number, contentJson: revisions.contentJson, citations: revisions.citations })
    .from(revisions)
    .innerJoin(reviews, and(eq(reviews.revisionId, revisions.id), eq(reviews.decision, "approved")))
    .leftJoin(approvalDismissals, eq(approvalDismissals.reviewId, reviews.id))
    .where(and(inArray(revisions.sectionId, sectionIds), isNull(approvalDismissals.reviewId)))
    .orderBy(revisions.sectionId, desc(revisions.number));
  for (const r of rows) out.set(r.sectionId, r);
  return out;
}
