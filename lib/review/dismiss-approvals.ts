import { and, eq, isNull } from "drizzle-orm";
import { recordEvent } from "@/lib/events/record-event";
import type { Transaction } from "@/lib/db/client";
import { approvalDismissals, reviews, revisions } from "@/lib/db/schema/review";

/**
 * Dismisses the section's approvals that still stand, because a new revision was submitted: an approval is
 * bound to the content it approved, so it no longer decides what publishes (the section carries forward from
 * its last published version until the new revision is approved). Call inside the submission's transaction.
 */
export async function dismissApprovals(tx: Transaction, { sectionId, byRevisionId, actorId }: { sectionId: string; byRevisionId: string; actorId: string }): Promise<void> {
  const standing = await tx
    .select({ reviewId: reviews.id, revisionId: revisions.id, number: revisions.number, contentHash: reviews.contentHash })
    .from(reviews)
    .innerJoin(revisions, eq(revisions.id, reviews.revisionId))
    .leftJoin(approvalDismissals, eq(approvalDismissals.reviewId, reviews.id))
    .where(and(eq(revisions.sectionId, sectionId), eq(reviews.decision, "approved"), isNull(approvalDismissals.reviewId)));
  if (standing.length === 0) return;
  await tx.insert(approvalDismissals).values(standing.map((a) => ({ reviewId: a.reviewId, byRevisionId })));
  for (const a of standing) {
    await recordEvent(tx, { actorId, type: "review.dismiss", subjectType: "revision", subjectId: a.revisionId, data: { sectionId, number: a.number, contentHash: a.contentHash, byRevisionId } });
  }
}
